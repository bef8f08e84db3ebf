// Real browser: the studio's own-scenario list at 1366 px and 390 px. A draft's name, its "Draft (not
// published)" tag and its Delete action all fit inside the sidebar (a trainer saw the name wrap one word per
// line and Delete cut to "De" at 1366 px).
import { describe, expect, inject, it } from 'vitest';
import { newPage, useBrowser } from './browser.ts';
import { openTrainerTools } from './trainer.ts';

const base = inject('baseUrl');
const browser = useBrowser();

describe('studio sidebar (real browser)', () => {
  it('fits a draft\'s name, its status and Delete at 1366 px and 390 px', async () => {
    for (const width of [1366, 390]) {
      const { context, page, errors } = await newPage(browser(), { locale: 'en-US' });
      await page.setViewportSize({ width, height: 800 });
      await openTrainerTools(page, `${base}?lng=en`, 'en');
      await page.goto(`${base}?lng=en#/studio`);
      await page.getByRole('heading', { name: 'Scenario studio', level: 1 }).waitFor();
      await page.getByRole('button', { name: /angry-resident/ }).click();
      await page.getByRole('button', { name: 'Duplicate' }).click();
      await page.getByRole('button', { name: 'Publish to trainees' }).waitFor();
      const row = page.locator('.studio-list-row').first();
      await row.getByText('Draft (not published)').waitFor();
      const box = await page.evaluate(() => {
        const nav = document.querySelector('.studio-library')!.getBoundingClientRect();
        const row = document.querySelector('.studio-list-row')!;
        const name = row.querySelector('.studio-list-item > span')!.getBoundingClientRect();
        const del = row.querySelector(':scope > button:last-child')!;
        const d = del.getBoundingClientRect();
        const item = row.querySelector('.studio-list-item')!.getBoundingClientRect();
        return { navLeft: nav.left, navRight: nav.right, delLeft: d.left, delRight: d.right, delClipped: del.scrollWidth > del.clientWidth, name: name.width, item: item.width };
      });
      if (process.env.DEFUSE_SIDEBAR_SHOTS) await page.locator('.studio-library').screenshot({ path: `${process.env.DEFUSE_SIDEBAR_SHOTS}/sidebar-${width}.png` });
      // Delete is whole and inside the sidebar.
      expect(box.delLeft, `Delete inside the sidebar at ${width} px`).toBeGreaterThanOrEqual(box.navLeft);
      expect(box.delRight, `Delete inside the sidebar at ${width} px`).toBeLessThanOrEqual(box.navRight);
      expect(box.delClipped, `Delete not cut at ${width} px`).toBe(false);
      // The name takes most of its row's width (the status tag no longer squeezes it to a word per line).
      expect(box.name, `name width at ${width} px`).toBeGreaterThanOrEqual(0.6 * box.item);
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
      expect(widths.page).toBeLessThanOrEqual(widths.window);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
