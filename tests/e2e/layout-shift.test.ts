// Real browser: a drill's briefing opened on a phone over a slow connection does not jump about while its
// parts arrive (the organisation line under the header, the briefing itself). Lighthouse (mobile) measured
// cumulative layout shift 0.16–0.18 there: the line appeared above "Loading…" and the briefing pushed the
// footer off the screen.
import { describe, expect, inject, it } from 'vitest';
import { newPage, useBrowser } from './browser.ts';

const base = inject('baseUrl');
const browser = useBrowser();

describe('layout shift (real browser)', () => {
  it('keeps the briefing’s cumulative layout shift under 0.05 on a 412 px phone over slow 4G', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'en-US' });
    await page.setViewportSize({ width: 412, height: 823 });
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Lighthouse's mobile network: 150 ms round trip, 1.6 Mbit/s down.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
    await page.goto(`${base}?trainee=cls&lng=en#/drill/angry-resident`);
    await page.getByRole('heading', { level: 1, name: /leak from upstairs/ }).waitFor();
    await page.getByText('Practice on this device').waitFor();
    // Two frames after the last part, so a shift it caused has been reported.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
    console.log(`briefing layout shift on a phone over slow 4G: ${shift.toFixed(3)}`);
    expect(shift).toBeLessThan(0.05);
    expect(errors).toEqual([]);
    await context.close();
  });
});
