// Real browser: first visit, trainee identity, library, language switch, launch parameters, JS budget, axe.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { expectAxeClean, newPage, sendReply, useBrowser } from './browser.ts';

const base = inject('baseUrl');
const dist = inject('distDir');
const browser = useBrowser();

describe('library (real browser)', () => {
  it('asks for the trainee once, then lists every shipped scenario; axe clean on both', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'zh-TW' });
    await page.goto(base);
    // isVisible() does not wait: on a busy machine the form had not rendered yet. waitFor() waits for it to be visible.
    await page.getByRole('heading', { name: '歡迎！請問怎麼稱呼您？' }).waitFor();
    await expectAxeClean(page, 'trainee form');
    await page.getByLabel('姓名或員工編號').fill('S1234');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '情境演練', level: 1 }).waitFor();
    const shipped = readdirSync(join(import.meta.dirname, '../../scenarios')).filter((f) => f.endsWith('.json')).length;
    await expect.poll(() => page.locator('.scenario-card').count()).toBe(shipped);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hant');
    // A label ending in 回覆 never leaves 覆 alone on a line: a button one character too narrow for it breaks before 回.
    const lastLine = await page.evaluate(() => {
      const button = document.createElement('button');
      // Through the CSSOM: the page's CSP refuses style attributes.
      Object.assign(button.style, { width: '5.05em', padding: '0', border: '0', fontSize: '16px' });
      button.textContent = '審閱誤讀回覆';
      document.querySelector('main')!.append(button);
      const text = button.firstChild!;
      const tops = [...button.textContent].map((_, i) => {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        return Math.round(range.getClientRects()[0]!.top);
      });
      button.remove();
      return tops.filter((top) => top === tops.at(-1)).length;
    });
    expect(lastLine).toBeGreaterThanOrEqual(2);
    await expectAxeClean(page, 'library');
    // Remembered: a reload goes straight to the library.
    await page.reload();
    await page.getByText('S1234', { exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps first-visit JavaScript under 150 KB gzipped and loads no engine on the library', async () => {
    const { context, page } = await newPage(browser(), { locale: 'en-US' });
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await page.goto(`${base}?trainee=budget`);
    await page.locator('.scenario-card').first().waitFor();
    await page.waitForLoadState('networkidle');
    const files = [...new Set(scripts)].map((p) => p.replace(/^.*\/assets\//, 'assets/'));
    const gz = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
    console.log(`first-visit JS: ${files.length} files, ${(gz / 1024).toFixed(1)} KB gzipped: ${files.join(", ")}`);
    expect(gz).toBeLessThanOrEqual(150 * 1024);
    expect(files.some((f) => /DrillPage|motion-features/.test(f))).toBe(false);
    // Paint timings as a local proxy for Lighthouse (no throttling; loopback server).
    const paint = await page.evaluate(
      () =>
        new Promise<{ fcp: number; lcp: number }>((done) => {
          // The cards are painted and the network is idle: the largest paint so far is the page's. Buffered, the
          // observer is handed every entry already recorded at once; the last is the largest.
          new PerformanceObserver((list, observer) => {
            observer.disconnect();
            const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
            done({ fcp, lcp: list.getEntries().at(-1)?.startTime ?? 0 });
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
    console.log(`first contentful paint ${paint.fcp.toFixed(0)} ms, largest contentful paint ${paint.lcp.toFixed(0)} ms`);
    expect(paint.lcp).toBeLessThan(2500);
    await context.close();
  });

  it('detects the browser language, switches language, and honours ?lng= and ?trainee=', async () => {
    const { context, page } = await newPage(browser(), { locale: 'en-GB' });
    await page.goto(`${base}?trainee=Alex`);
    await page.getByRole('heading', { name: 'Role-play drills' }).waitFor();
    await page.getByLabel('Language', { exact: true }).selectOption('zh-Hans');
    await page.getByRole('heading', { name: '场景演练' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hans');
    await page.reload();
    await page.getByRole('heading', { name: '场景演练' }).waitFor();
    await page.goto(`${base}?lng=en&trainee=Sam#/`);
    await page.getByRole('heading', { name: 'Role-play drills' }).waitFor();
    await page.getByText('Sam', { exact: true }).waitFor();
    await expectAxeClean(page, 'library (en)');
    await context.close();
  });
});

describe('storage failures (real browser)', () => {
  it('tells the trainee when the browser refuses storage, and the drill still works', async () => {
    const { context, page } = await newPage(browser(), { locale: 'en-US', quickCustomer: true });
    await context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
    await page.goto(`${base}?trainee=Private`);
    await page.locator('.scenario-card').first().waitFor();
    await page.getByRole('alert').filter({ hasText: 'does not let this app store data' }).first().waitFor();
    await expectAxeClean(page, 'library with storage alert');
    await page.goto(`${base}?trainee=Private#/drill/broken-promise`);
    await page.getByRole('button', { name: 'Start the conversation' }).click();
    await sendReply(page, "I'm so sorry for the wait. I'll look into this for you right now.");
    await expect(page.locator('.bubble-row.customer').count()).resolves.toBe(2);
    await page.getByRole('alert').filter({ hasText: 'progress could not be saved' }).first().waitFor();
    await context.close();
  });
});
