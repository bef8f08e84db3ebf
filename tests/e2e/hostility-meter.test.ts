// Real browser: the hostility bar's colours run from green (calm) to red (hostile) along the whole track, so a
// bar at 100 ends in red. The gradient was tiled every 280 px: on the scorecard at 1366 px (a wider bar) it
// began again and a customer at 100 looked green at the right end.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newPage, sendReply, useBrowser } from './browser.ts';

const base = inject('baseUrl');
const browser = useBrowser();

/** The colour of the bar's fill a few pixels from its right end, read from a screenshot of the bar. */
async function rightEndColour(page: Page, selector: string): Promise<{ r: number; g: number; b: number; width: number }> {
  const meter = page.locator(selector).first();
  const png = (await meter.screenshot({ animations: 'disabled' })).toString('base64');
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const [r, g, b] = ctx.getImageData(img.width - 8, Math.floor(img.height / 2), 1, 1).data;
    return { r: r!, g: g!, b: b!, width: img.width };
  }, png);
}

describe('hostility bar (real browser)', () => {
  it('ends in red at 100 on the scorecard at 1366 px', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'en-GB', quickCustomer: true });
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${base}?trainee=Amy&lng=en#/drill/angry-resident`);
    await page.getByRole('button', { name: 'Start the conversation' }).click();
    // The bar keeps its width in the drill (a size container takes no width from its content).
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      const bar = await page.locator('.meter').first().boundingBox();
      expect(bar?.width, `the drill's bar at ${width} px`).toBeGreaterThan(120);
    }
    // Two slips: the first warns, the second breaks the conversation off at the limit.
    await sendReply(page, 'Calm down.');
    await sendReply(page, "That's company policy, you have to wait your turn.");
    if ((await page.locator('textarea').count()) > 0) await sendReply(page, 'Calm down. Not my problem.');
    await page.getByRole('button', { name: 'Skip to the scorecard' }).click();
    await page.locator('.scorecard .dial-score').waitFor();
    await expect.poll(() => page.locator('.scorecard [role="meter"]').first().getAttribute('aria-valuenow')).toBe('100');
    const wide = await rightEndColour(page, '.scorecard .meter');
    expect(wide.width, 'the scorecard bar is wider than one tile of the old gradient').toBeGreaterThan(300);
    expect(wide.r, `red at the right end: rgb(${wide.r}, ${wide.g}, ${wide.b})`).toBeGreaterThan(wide.g + 60);
    expect(errors).toEqual([]);
    await context.close();
  });
});
