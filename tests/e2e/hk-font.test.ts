// Real browser: Hong Kong supplementary characters (𨋢 in the lift scenario's title) are drawn with a real
// glyph on a machine whose only CJK font is WenQuanYi Micro Hei, which lacks them — from the app's own subset
// of Noto Sans HK (src/app/fonts), fetched only when such a character is on screen.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newPage, useBrowser } from './browser.ts';

const base = inject('baseUrl');
const browser = useBrowser();
const FAMILY = 'Defuse Noto Sans HK subset';

/** The fonts Chromium drew an element's text with, and how many glyphs each (DevTools' CSS.getPlatformFontsForNode). */
async function fontsOf(page: Page, selector: string): Promise<{ familyName: string; postScriptName: string; isCustomFont: boolean; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts;
}

/** The state of each of the subset's faces: 'unloaded' until a character in its unicode-range is drawn. */
const subsetFaces = (page: Page) =>
  page.evaluate((family) => [...document.fonts].filter((f) => f.family.replace(/"/g, '') === family).map((f) => `${f.unicodeRange} ${f.status}`).sort(), FAMILY);

describe('Hong Kong characters (real browser)', () => {
  it('draws 𨋢 with the subset’s glyph in Traditional Chinese and fetches nothing in English', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'zh-HK' });
    const fonts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'font' && fonts.push(new URL(r.url()).pathname));
    await page.goto(`${base}?trainee=hk&lng=zh-Hant`);
    const title = page.locator('.scenario-card h3', { hasText: '𨋢' });
    await title.waitFor();
    await page.evaluate(() => document.fonts.ready);
    await title.evaluate((el) => el.setAttribute('data-hk', ''));
    const drawn = await fontsOf(page, '[data-hk]');
    // 𨋢 is the title's one character no system font here has: drawn with our subset, one glyph.
    // (The subset keeps fontsource's naming table, which calls the 400 instance "Noto Sans HK Thin".)
    expect(drawn).toContainEqual(expect.objectContaining({ postScriptName: expect.stringMatching(/^NotoSansHK/), isCustomFont: true, glyphCount: 1 }));
    // The rest of the title stays with the system font.
    expect(drawn.filter((f) => !f.isCustomFont).map((f) => f.familyName)).toEqual(['WenQuanYi Micro Hei']);
    await expect(subsetFaces(page)).resolves.toEqual(['U+282E2 loaded', 'U+35CE unloaded']);
    expect(fonts.filter((f) => f.includes('noto-sans-hk'))).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();

    // In English nothing on the library needs the subset: no font file is fetched.
    const en = await newPage(browser(), { locale: 'en-US' });
    const enFonts: string[] = [];
    en.page.on('request', (r) => r.resourceType() === 'font' && enFonts.push(r.url()));
    await en.page.goto(`${base}?trainee=hk&lng=en`);
    await en.page.locator('.scenario-card').first().waitFor();
    await en.page.evaluate(() => document.fonts.ready);
    await expect(subsetFaces(en.page)).resolves.toEqual(['U+282E2 unloaded', 'U+35CE unloaded']);
    expect(enFonts).toEqual([]);
    await en.context.close();
  });
});
