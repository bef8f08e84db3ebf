// Real browser: the studio's graph on a phone (390 px). Fitted to the panel it was a third of its size and
// unreadable; it starts at actual size, scrolling inside its own box (the page never scrolls sideways), and
// "Actual size" toggles back to the fitted picture. DEFUSE_STUDIO_SHOTS names a folder for its screenshots.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newPage, useBrowser } from './browser.ts';
import { openTrainerTools } from './trainer.ts';

const base = inject('baseUrl');
const browser = useBrowser();
const shots = process.env.DEFUSE_STUDIO_SHOTS;
const shoot = async (page: Page, name: string) => {
  if (shots) await page.locator('.studio-graph').screenshot({ path: join(shots, `${name}.png`) });
};

describe('the studio graph at 390 px (real browser)', () => {
  it('starts at actual size in a box that scrolls, not the page; fitting is one click away', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'en-US' });
    await page.setViewportSize({ width: 390, height: 844 });
    await openTrainerTools(page, `${base}?lng=en`, 'en');
    await page.goto(`${base}?lng=en#/studio`);
    await page.getByRole('button', { name: /angry-resident/ }).click();
    await page.getByRole('button', { name: 'Graph' }).click();
    const svg = page.locator('.studio-graph-scroll svg');
    await svg.waitFor();
    const scale = () => svg.evaluate((s) => s.getBoundingClientRect().width / Number(s.getAttribute('viewBox')!.split(' ')[2]));
    // Polled: the narrow-screen choice is applied by an effect after the first paint.
    await expect.poll(scale).toBeCloseTo(1, 2);
    const box = await page.locator('.studio-graph-scroll').evaluate((b) => ({ scrolls: b.scrollWidth > b.clientWidth, page: document.documentElement.scrollWidth }));
    expect(box.scrolls).toBe(true);
    expect(box.page).toBeLessThanOrEqual(390);
    // A state's name is drawn at the size of the page's small text, not a third of it.
    const font = await page.locator('.studio-graph-scroll svg g.studio-node text').first().evaluate((t) => t.getBoundingClientRect().height);
    expect(font).toBeGreaterThanOrEqual(10);
    await shoot(page, 'graph-390-actual');

    const toggle = page.getByRole('button', { name: 'Actual size' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    await expect.poll(scale).toBeLessThan(0.6);
    await shoot(page, 'graph-390-fitted');
    expect(errors).toEqual([]);
    await context.close();
  });
});
