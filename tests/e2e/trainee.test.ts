// Real browser, issue 16: a trainee's drill end to end at a 390 px phone and at 1366 px — no screen scrolls
// sideways (library, briefing, drill, diagnosis, scorecard, print), the end of a drill is in view, a
// language switched on the briefing carries to the scorecard, exam mode hides the customer's scoring, and
// every screen passes axe.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectAxeClean, newPage, sendReply, useBrowser } from './browser.ts';

const base = inject('baseUrl');
const browser = useBrowser();

/** The page is no wider than the window: nothing to scroll sideways. */
async function expectNoSideways(page: Page, screen: string) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(`${screen}: ${scroll}px`).toBe(`${screen}: ${client}px`);
}

describe('a trainee’s drill on a phone and a desktop (real browser)', () => {
  for (const width of [390, 1366]) {
    it(`at ${width} px: nothing scrolls sideways, the header is compact, the end of the drill is in view, axe passes`, async () => {
      const { context, page, errors } = await newPage(browser(), { locale: 'en-US', quickCustomer: true });
      await page.setViewportSize({ width, height: 844 });
      await page.goto(`${base}?trainee=Phone&lng=en#/`);
      await page.locator('.scenario-grid').waitFor();
      await expectNoSideways(page, 'library');
      // The header: brand, then who is practising, "For trainers" and the language — two rows at most.
      const header = await page.locator('.app-header').boundingBox();
      expect(header!.height).toBeLessThan(width < 600 ? 100 : 70);
      await expectAxeClean(page, `library ${width}`);

      await page.goto(`${base}#/drill/angry-resident`);
      await page.locator('.briefing').waitFor();
      await expectNoSideways(page, 'briefing');
      await expectAxeClean(page, `briefing ${width}`);

      await page.getByLabel('Practice', { exact: false }).check();
      await page.locator('form.mode-picker button[type=submit]').click();
      // A reply with no recognisable move: its "No clear move detected" chip must be readable (axe contrast).
      await sendReply(page, '123');
      await page.locator('.feedback .chip.neutral').first().waitFor();
      await expectNoSideways(page, 'drill');
      await expectAxeClean(page, `drill ${width}`);

      // Scroll to the bottom of the conversation, as a trainee typing there would be, then end the drill.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.getByRole('button', { name: 'End drill' }).click();
      await page.getByRole('button', { name: 'End and score' }).click();
      const diagnosis = page.getByRole('heading', { name: 'Last step: diagnose the complaint' });
      await diagnosis.waitFor();
      // The banner saying how it ended and the diagnosis form are on screen, not below the transcript.
      await expect.poll(() => diagnosis.evaluate((h) => h.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
      expect(await diagnosis.evaluate((h) => h.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
      expect(await page.locator('.notice').first().evaluate((n) => n.getBoundingClientRect().top >= 0)).toBe(true);
      await expectNoSideways(page, 'diagnosis');
      await expectAxeClean(page, `diagnosis ${width}`);

      await page.getByRole('button', { name: 'Skip to the scorecard' }).click();
      await page.getByRole('heading', { name: 'Skills' }).waitFor();
      await expectNoSideways(page, 'scorecard');
      // Skill bars keep a usable length on a phone (they shrank to dots).
      const bar = await page.locator('.dimension-bar').first().boundingBox();
      expect(bar!.width).toBeGreaterThan(width < 600 ? 200 : 120);
      await expectAxeClean(page, `scorecard ${width}`);

      await page.emulateMedia({ media: 'print' });
      await expectNoSideways(page, 'print');
      await page.emulateMedia({ media: 'screen' });
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('a language switched on the briefing is the drill’s, and the scorecard’s', async () => {
    const { context, page } = await newPage(browser(), { locale: 'en-US', quickCustomer: true });
    await page.goto(`${base}?trainee=Lang&lng=en#/drill/angry-resident`);
    await page.getByRole('button', { name: 'Start the conversation' }).waitFor();
    await page.getByLabel('Language', { exact: true }).selectOption('zh-Hans');
    await page.getByRole('button', { name: '开始对话' }).click();
    await sendReply(page, '陈先生，真的很抱歉，让您久等了。');
    await expect(page.locator('.bubble-row.customer .bubble-text').first().getAttribute('lang')).resolves.toBe('zh-Hans');
    if ((await page.locator('textarea').count()) > 0) {
      await page.getByRole('button', { name: '结束演练' }).click();
      await page.getByRole('button', { name: '结束并评分' }).click();
    }
    await page.getByRole('button', { name: '跳过，直接看成绩' }).click();
    await page.getByRole('heading', { name: '各项能力' }).waitFor();
    const answer = page.locator('.turn-customer [lang]').first();
    await expect(answer.getAttribute('lang')).resolves.toBe('zh-Hans');
    expect(await answer.textContent()).toMatch(/[\u4e00-\u9fff]/);
    await expect(page.locator('.scorecard').getAttribute('data-locale')).resolves.toBe('zh-Hans');
    await context.close();
  });

  it('exam mode: no face or meter while the customer speaks; both on the scorecard afterwards', async () => {
    const { context, page } = await newPage(browser(), { locale: 'en-US', quickCustomer: true });
    await page.goto(`${base}?trainee=ExamFace&lng=en#/drill/angry-resident`);
    await page.getByLabel('Exam', { exact: false }).check();
    await page.locator('form.mode-picker button[type=submit]').click();
    await sendReply(page, "I'm so sorry you had to wait, Mr Chan.");
    await expect(page.locator('[role="meter"]').count()).resolves.toBe(0);
    await expect(page.locator('.avatar-mood').count()).resolves.toBe(0);
    await expect(page.getByText(/Hostility/).count()).resolves.toBe(0);
    if ((await page.locator('textarea').count()) > 0) {
      await page.getByRole('button', { name: 'End drill' }).click();
      await page.getByRole('button', { name: 'End and score' }).click();
    }
    await page.getByRole('button', { name: 'Skip to the scorecard' }).click();
    await page.getByRole('heading', { name: 'Hostility curve' }).waitFor();
    await expect(page.locator('.scorecard .avatar-mood').count()).resolves.toBe(1);
    await context.close();
  });
});
