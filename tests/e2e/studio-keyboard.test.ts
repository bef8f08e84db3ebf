// Real browser: the studio by keyboard in Traditional Chinese: the editor's field docs, the graph and the
// translations, axe clean.
import { describe, expect, inject, it } from 'vitest';
import { expectAxeClean, newPage, useBrowser } from './browser.ts';
import { setUpTrainerDevice } from './trainer.ts';

const base = inject('baseUrl');
const browser = useBrowser();

describe('studio by keyboard (real browser)', () => {
  it('graph and translations are keyboard operable and axe clean, in Traditional Chinese too', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'zh-TW' });
    await page.goto(`${base}?trainee=trainer3&lng=zh-Hant#/studio`);
    await setUpTrainerDevice(page, '陳導師', 'studio-2026', 'zh-Hant');
    await page.getByRole('heading', { name: '情境工作室', level: 1 }).waitFor();
    await page.getByRole('button', { name: /angry-resident/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/每次修改都會重跑：\d+ 個通過，0 個失敗/).waitFor();
    // Hover docs come from the schema's field descriptions, and the keyboard asks for them too (the editor's
    // key hint says how): the cursor on "schemaVersion" (found with the editor's search), Ctrl+K then Ctrl+I.
    // The keyboard is the route this test takes because it is deterministic: synthetic mouse hovers wait on
    // the editor's 300 ms hover timer, which on a busy machine missed the pointer now and then.
    await page.getByText('先按 Ctrl+K 再按 Ctrl+I：說明游標所在的欄位。').waitFor();
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Control+f');
    await page.keyboard.type('schemaVersion');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+k');
    await page.keyboard.press('Control+i');
    const tip = page.locator('.studio-hover', { hasText: 'Format version' });
    await tip.waitFor();
    // Moving the cursor puts the docs away again.
    await page.keyboard.press('ArrowDown');
    await tip.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '流程圖' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('img', { name: /流程圖：\d+ 個狀態/ }).waitFor();
    await expectAxeClean(page, 'graph');
    // States by name in the UI language (solving is 商討辦法); the id is what the JSON shows.
    await page.locator('.studio-graph-list').getByRole('button', { name: '商討辦法', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => window.getSelection()?.toString())).resolves.toBe('"solving"');
    await page.getByRole('button', { name: '翻譯' }).click();
    await page.getByText(/段缺少翻譯/).waitFor();
    await expectAxeClean(page, 'translations');
    expect(errors).toEqual([]);
    await context.close();
  });
});
