// Real browser: rough edges a trainee met playing the drill at 390 px and 1366 px (issue 16's play-through).
import { describe, expect, inject, it } from 'vitest';
import { newPage, playToScorecard, useBrowser } from './browser.ts';

const base = inject('baseUrl');
const browser = useBrowser();

describe('the trainee path on a 390 px phone (real browser)', () => {
  it('keeps the header as it is on the library once a drill has loaded its styles', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'en-US', quickCustomer: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}?trainee=Ada&lng=en`);
    await page.locator('.scenario-card').first().waitFor();
    const header = page.locator('.app-header');
    const onLibrary = (await header.boundingBox())!.height;
    // The drill's stylesheet restyled every small button, the header's too: the language switch fell to a third row.
    await page.goto(`${base}?trainee=Ada&lng=en#/drill/angry-resident`);
    await page.getByRole('button', { name: 'Start the conversation' }).waitFor();
    await expect(header.boundingBox().then((b) => b!.height)).resolves.toBe(onLibrary);
    await expect(page.locator('.trainee-chip .button.link').evaluate((el) => getComputedStyle(el).paddingLeft)).resolves.toBe(
      await page.evaluate(() => `${0.3 * parseFloat(getComputedStyle(document.documentElement).fontSize)}px`),
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows each scorecard point value on one line ("+30 pts", not "+30" over "pts") with a readable chart, and prints without the organisation line', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'en-US', quickCustomer: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}?trainee=Ada&lng=en`);
    await page.locator('.scenario-card').first().waitFor();
    await playToScorecard(page, `${base}?lng=en#/drill/angry-resident`);
    const lines = await page.locator('.scorecard .evidence .points').evaluateAll((els) =>
      els
        .filter((el) => /\d/.test(el.textContent ?? ''))
        .map((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return { text: el.textContent, lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
        }),
    );
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.lines !== 1)).toEqual([]);
    // The hostility chart's axis labels keep their size on a phone (drawn at 560 px and scaled down they were 6 px tall).
    const label = await page.locator('.curve .grid text').first().boundingBox();
    expect(label!.height).toBeGreaterThanOrEqual(10);
    // Printed, the scorecard carries no app chrome: not the "Practice on this device" line either.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.org-status').isVisible()).resolves.toBe(false);
    await expect(page.locator('.scorecard').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the email inbox label on one line beside a long subject (電郵, not 電 over 郵)', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'zh-HK' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}?trainee=Ada&lng=zh-Hant#/drill/lift-outage-email`);
    await page.getByRole('button', { name: '開始對話' }).click();
    const label = page.locator('.email-bar .channel-name');
    await label.waitFor();
    const lines = await label.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
