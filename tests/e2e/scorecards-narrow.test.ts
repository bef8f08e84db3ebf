// Real browser: the HR dashboard on a phone (390 px) fits the screen — the page never scrolls sideways;
// the attempts table scrolls inside its own frame.
import { describe, expect, inject, it } from 'vitest';
import { newPage, sendReply, useBrowser } from './browser.ts';
import { setUpTrainerDevice } from './trainer.ts';

const base = inject('baseUrl');
const browser = useBrowser();

describe('the dashboard at 390 px', () => {
  it.each(['en', 'zh-Hant'] as const)('fits the screen in %s, with the attempts table scrolling in its frame', async (lang) => {
    const { context, page, errors } = await newPage(browser(), { locale: lang === 'en' ? 'en-GB' : 'zh-HK', quickCustomer: true });
    await page.goto(`${base}?trainee=Amy&lng=${lang}#/drill/angry-resident`);
    await page.locator('.briefing button.primary').first().click();
    await sendReply(page, lang === 'en' ? "I'm so sorry, Mr Chan. I can see why you're upset." : '陳生，真係好對唔住，我明白你好嬲。');
    // Ended early and scored: one stored attempt for the dashboard.
    await page.getByRole('button', { name: lang === 'en' ? 'End drill' : '結束演練' }).click();
    await page.getByRole('button', { name: lang === 'en' ? 'End and score' : '結束並評分' }).click();
    await page.getByRole('button', { name: lang === 'en' ? 'Skip to the scorecard' : '略過，直接看成績' }).click();
    await page.locator('.scorecard .dial-score').waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}?lng=${lang}#/scorecards`);
    await setUpTrainerDevice(page, 'Tina Trainer', 'trainer-2026', lang);
    await page.locator('.attempts-scroll').waitFor();
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((e) => !e.closest('.attempts-scroll, .table-scroll') && e.getBoundingClientRect().right > width + 1)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
      return { scroll: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5) };
    });
    expect(overflow.wide).toEqual([]);
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.width);
    expect(errors).toEqual([]);
    await context.close();
  });
});
