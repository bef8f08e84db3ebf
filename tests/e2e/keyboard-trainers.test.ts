// Real browser, issue 16: "For trainers" by keyboard alone at a phone's and a desktop's width — every
// control in the page is reached by Tab, shows a visible focus ring, and the links open with Enter.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newPage, useBrowser } from './browser.ts';
import { openTrainerTools } from './trainer.ts';

const base = inject('baseUrl');
const browser = useBrowser();


/** What Tab focuses next: a description, and whether its focus ring can be seen (outline or shadow). */
async function tab(page: Page): Promise<{ name: string; ring: boolean; inMain: boolean }> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement;
    const s = getComputedStyle(e);
    const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
    return { name: `${e.tagName.toLowerCase()} ${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40) || (e as HTMLInputElement).type}`, ring, inMain: e.closest('main') !== null };
  });
}

describe('the trainers page by keyboard (real browser)', () => {
  for (const width of [390, 1366]) {
    it(`at ${width} px: every control is reached by Tab with a visible focus ring; Enter opens the studio`, async () => {
      const { context, page, errors } = await newPage(browser(), { locale: 'en-US' });
      await page.setViewportSize({ width, height: 844 });
      await openTrainerTools(page, base, 'en');
      // The page's panels (record store, groups and assignments, publishing) load lazily: count the controls
      // once none is still loading (on a busy machine one was, and the count came out short).
      await expect.poll(() => page.locator('main .loading').count(), { timeout: 20_000 }).toBe(0);
      const controls = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('main a[href], main button, main input, main select, main textarea')].filter((e) => !(e as HTMLButtonElement).disabled && e.offsetParent !== null).length,
      );
      expect(controls).toBeGreaterThanOrEqual(5);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const reached: { name: string; ring: boolean }[] = [];
      for (let i = 0; i < 40 && reached.length < controls; i++) {
        const next = await tab(page);
        if (next.inMain) reached.push(next);
      }
      expect(reached).toHaveLength(controls);
      expect(reached.filter((r) => !r.ring).map((r) => r.name)).toEqual([]);

      await page.getByRole('link', { name: 'Open the studio' }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => new URL(page.url()).hash).toBe('#/studio');
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
