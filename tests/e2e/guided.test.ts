// Real browser, keyboard only: a guided drill from the briefing to the scorecard, then the stored
// attempt page; axe on each screen. No mouse clicks anywhere in this file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { customerAnswered, expectAxeClean, newPage, useBrowser } from './browser.ts';

const base = inject('baseUrl');
const browser = useBrowser();

type Localized = { en: string };
const scenario = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../scenarios/broken-promise.json'), 'utf8')) as { modelAnswers: Record<string, Localized[]> };
const modelAnswers = new Set(Object.values(scenario.modelAnswers).flatMap((list) => list.map((a) => a.en)));

/** Presses Tab until the focused element satisfies the check (a keyboard user looking for a control). */
async function tabTo(page: Page, check: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate(check)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach by Tab: ${check}`);
}

const focused = (selector: string) => `document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`;
const onDiagnosis = (page: Page) => page.getByRole('heading', { name: 'Last step: diagnose the complaint' }).count().then((n) => n > 0);

describe('guided mode, keyboard only (real browser)', () => {
  it('completes a drill with Tab, arrows and Enter, and reviews the stored attempt', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'en-US', quickCustomer: true });
    await page.goto(`${base}?trainee=Keys#/drill/broken-promise`);
    await page.getByRole('heading', { name: 'The six steps' }).waitFor();

    await tabTo(page, focused('input[type=radio]'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: /Guided/ }).isChecked()).resolves.toBe(true);
    await tabTo(page, focused('button.primary'));
    await page.keyboard.press('Enter');

    const group = page.getByRole('group', { name: 'Choose your reply' });
    await group.waitFor();
    await expect(group.getByRole('button').count()).resolves.toBe(3);
    await expectAxeClean(page, 'guided drill');

    for (let turn = 0; turn < 12 && !(await onDiagnosis(page)); turn++) {
      await page.waitForFunction(() => document.activeElement?.classList.contains('guided-choice') ?? false);
      // Among the three choices, move to a model answer (fall back to the first) and press Enter.
      let picked = false;
      for (let i = 0; i < 3 && !picked; i++) {
        const text = (await page.evaluate(() => document.activeElement?.querySelector('span:last-child')?.textContent ?? '')) as string;
        if (modelAnswers.has(text)) picked = true;
        else await page.keyboard.press('Tab');
      }
      if (!picked) {
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Shift+Tab');
      }
      await page.keyboard.press('Enter');
      await customerAnswered(page, () => !document.querySelector('fieldset.guided')?.hasAttribute('disabled'));
    }
    if (!(await onDiagnosis(page))) {
      await tabTo(page, `document.activeElement?.textContent === 'End drill'`);
      await page.keyboard.press('Enter');
      // The confirmation takes focus; Enter confirms.
      await page.waitForFunction(() => document.activeElement?.textContent === 'End and score');
      await page.keyboard.press('Enter');
    }

    await page.getByRole('heading', { name: 'Last step: diagnose the complaint' }).waitFor();
    await tabTo(page, focused('select'));
    await page.keyboard.press('ArrowDown');
    await tabTo(page, focused('button[type=submit]'));
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { name: 'Skills' }).waitFor();
    await expect(page.locator('.turn').count()).resolves.toBeGreaterThan(0);

    // Back to the library and into the stored attempt, by keyboard.
    await tabTo(page, `document.activeElement?.textContent === 'Back to scenarios'`);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Recent results' }).waitFor();
    await tabTo(page, focused('.recent-list a'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Hostility curve' }).waitFor();
    await expectAxeClean(page, 'stored attempt');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches language mid-drill without losing the conversation', async () => {
    const { context, page } = await newPage(browser(), { locale: 'en-US', quickCustomer: true });
    await page.goto(`${base}?trainee=Lang#/drill/phone-lost-warranty`);
    await page.getByRole('button', { name: 'Start the conversation' }).press('Enter');
    const box = page.getByLabel('Your reply');
    await box.fill('Good morning, customer service, this is Lee speaking. How can I help you?');
    await box.press('Enter');
    await customerAnswered(page, () => document.querySelectorAll('.bubble-row.customer').length >= 2 && !document.querySelector('textarea')?.readOnly);
    await page.getByLabel('Language', { exact: true }).selectOption('zh-Hant');
    await page.getByLabel('您的回覆').waitFor();
    await expect(page.locator('.bubble-row').count()).resolves.toBe(3);
    await expectAxeClean(page, 'drill (zh-Hant after switch)');
    await context.close();
  });
});
