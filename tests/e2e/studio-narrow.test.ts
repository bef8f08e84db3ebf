// Real browser: the studio at 1366 px and 390 px: no sideways scrolling, Publish and Problems in reach, the
// story form by keyboard in Chinese and every form tab axe clean.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectAxeClean, newPage, useBrowser } from './browser.ts';
import { storedDraftContains } from './studio-support.ts';
import { openTrainerTools } from './trainer.ts';

const base = inject('baseUrl');
const browser = useBrowser();
// Set DEFUSE_STUDIO_SHOTS to a folder to keep screenshots of the studio and its forms (1366 and 390 px) to
// look at. Nothing here asserts on them, and a full-page capture of a long form costs the renderer about a
// CPU-second, so without the variable none is taken.
const shots = process.env.DEFUSE_STUDIO_SHOTS;
async function shoot(page: Page, name: string, fullPage: boolean) {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage });
}

describe('studio on wide and narrow screens (real browser)', () => {
  it('never scrolls sideways at 1366 px or 390 px, opens without a trainee name, and keeps Publish and Problems reachable', async () => {
    for (const width of [1366, 390]) {
      const { context, page, errors } = await newPage(browser(), { locale: 'en-US' });
      await page.setViewportSize({ width, height: 800 });
      // No trainee name asked: a trainer unlocks the tools and goes straight to the studio.
      await openTrainerTools(page, `${base}?lng=en`, 'en');
      await page.goto(`${base}?lng=en#/studio`);
      await page.getByRole('heading', { name: 'Scenario studio', level: 1 }).waitFor();
      await page.getByRole('button', { name: /angry-resident/ }).click();
      // The picked scenario comes into view with its heading focused (at 390 px it opens below the whole list).
      const heading = page.getByRole('heading', { level: 2, name: 'angry-resident' });
      await heading.waitFor();
      await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
      const opened = await heading.boundingBox();
      expect(opened && opened.y >= 0 && opened.y + opened.height <= 800, `the opened scenario's heading on screen at ${width} px`).toBe(true);
      await page.getByRole('button', { name: 'Duplicate' }).click();
      const publish = page.getByRole('button', { name: 'Publish to trainees' });
      await publish.waitFor();
      // The copy's row in the sidebar: its name takes the row's width and wraps as a paragraph, the status tag goes
      // under it, and Delete stays whole inside the sidebar (it was pushed out and cut to "De" at 1366 px).
      await page.locator('.studio-list-row').first().getByText('Draft (not published)').waitFor();
      const row = await page.evaluate(() => {
        const nav = document.querySelector('.studio-library')!.getBoundingClientRect();
        const first = document.querySelector('.studio-list-row')!;
        const name = first.querySelector('.studio-list-item > span')!.getBoundingClientRect();
        const del = first.querySelector(':scope > button:last-child')!;
        const d = del.getBoundingClientRect();
        const item = first.querySelector('.studio-list-item')!.getBoundingClientRect();
        return { navLeft: nav.left, navRight: nav.right, delLeft: d.left, delRight: d.right, delClipped: del.scrollWidth > del.clientWidth, name: name.width, item: item.width };
      });
      expect(row.delLeft, `Delete inside the sidebar at ${width} px`).toBeGreaterThanOrEqual(row.navLeft);
      expect(row.delRight, `Delete inside the sidebar at ${width} px`).toBeLessThanOrEqual(row.navRight);
      expect(row.delClipped, `Delete not cut at ${width} px`).toBe(false);
      expect(row.name, `the draft's name width at ${width} px`).toBeGreaterThanOrEqual(0.6 * row.item);
      // A very long line (a pasted paragraph) wraps inside the editor instead of widening the page. Inserted
      // as one input, as a paste is (typed key by key, 600 keystrokes each re-validated the scenario: a minute).
      await page.locator('.cm-content').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.insertText(` ${'x'.repeat(600)}`);
      await page.locator('.studio-diagnostics', { hasText: 'There is more text after the end' }).waitFor();
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
      expect(widths.page, `page width at ${width} px`).toBeLessThanOrEqual(widths.window);
      if (width === 1366) await shoot(page, 'studio-1366', false);
      if (width === 1366) {
        // On a wide screen, scrolled to the bottom, Publish (and the way to the problems) is still on screen.
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        const box = await publish.boundingBox();
        expect(box && box.y >= 0 && box.y + box.height <= 800, 'Publish on screen').toBe(true);
      }
      await page.getByRole('button', { name: /1 problem: show it/ }).click();
      await page.locator('#studio-diagnostics-title').waitFor();
      await expectAxeClean(page, `studio at ${width} px`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('the story form works by keyboard at 390 px in Chinese; it and the wants, states, reactions and guided forms fit without sideways scrolling, axe clean', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'zh-TW' });
    await page.setViewportSize({ width: 390, height: 800 });
    await openTrainerTools(page, `${base}?lng=zh-Hant`, 'zh-Hant');
    await page.goto(`${base}?lng=zh-Hant#/studio`);
    await page.getByRole('heading', { name: '情境工作室', level: 1 }).waitFor();
    await page.getByRole('button', { name: /angry-resident/ }).click();
    await page.getByRole('button', { name: '複製' }).click();
    // The copy is open for editing once it can be published (the shipped scenario's own heading, shown before
    // the copy opens, would let the keys below land on a view that is about to be replaced).
    await page.getByRole('button', { name: '發佈給學員' }).waitFor();
    await page.getByRole('button', { name: '情境與顧客' }).focus();
    await page.keyboard.press('Enter');
    const start = page.getByLabel('開始時的敵意（0–100）');
    await start.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('60');
    await page.keyboard.press('Tab');
    await storedDraftContains(page, '"startHostility": 60');
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.window);
    await shoot(page, 'studio-story-390', false);
    // Checked while the story form is on screen (it was checked after the loop below, on the guided form a
    // second time).
    await expectAxeClean(page, 'story form at 390 px');
    // The wants, states, reactions and guided forms fit too (long move names, condition labels and what
    // must be true before a line or a choice wrap), and pass axe.
    for (const tab of ['要求與異議', '狀態與對白', '反應', '引導選項']) {
      await page.getByRole('button', { name: tab, exact: true }).click();
      await page.locator('.studio-story h3, .studio-guided h3').first().waitFor();
      const w = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
      expect(w.page, `${tab} at 390 px`).toBeLessThanOrEqual(w.window);
      await shoot(page, `studio-${tab}-390`, true);
      await expectAxeClean(page, `${tab} at 390 px`);
    }
    if (shots) console.log(`studio screenshots: ${shots}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
