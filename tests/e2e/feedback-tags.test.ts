// One reading per reply (issue 11): the moves shown under each reply during practice are the moves the
// scorecard shows for that turn, in a real browser, for replies that mix helpful, harmful and no moves.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newPage, sendReply, useBrowser } from './browser.ts';

const base = inject('baseUrl');
const browser = useBrowser();

const REPLIES = [
  "I'm so sorry, Ms Lee. Two weeks of waiting would make anyone furious.",
  'Calm down, that is our policy.',
  'ok',
  'Could you tell me what happened when you called last time?',
  "I'll call you back before noon tomorrow with the engineer's visit time, and I'll follow it myself.",
];

// The move each tag names (during practice a tag also quotes the words that earned it, in .chip-words).
const chipsOf = (page: Page, container: string) =>
  page.locator(container).evaluateAll((nodes) =>
    nodes.map((n) =>
      [...n.querySelectorAll('.chip')].map((c) => {
        const label = c.cloneNode(true) as Element;
        label.querySelector('.chip-words')?.remove();
        return label.textContent?.trim() ?? '';
      }),
    ),
  );

describe('practice feedback and scorecard (real browser)', () => {
  it('shows the same move tags for every turn during the drill and on the scorecard', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'en-GB', quickCustomer: true });
    await page.goto(`${base}?trainee=E2E#/drill/broken-promise`);
    await page.getByRole('button', { name: 'Start the conversation' }).click();
    for (const reply of REPLIES) {
      if ((await page.locator('textarea').count()) === 0) break;
      await sendReply(page, reply);
    }
    const duringDrill = await chipsOf(page, '.feedback');
    // The replies were read as something on each turn, including a harmful move and "no clear move".
    expect(duringDrill.length).toBeGreaterThanOrEqual(3);
    expect(duringDrill.flat().length).toBeGreaterThan(duringDrill.length);

    if ((await page.locator('textarea').count()) > 0) {
      await page.getByRole('button', { name: 'End drill' }).click();
      await page.getByRole('button', { name: 'End and score' }).click();
    }
    await page.getByRole('button', { name: 'Skip to the scorecard' }).click();
    await page.getByRole('heading', { name: 'Skills' }).waitFor();
    const onScorecard = await chipsOf(page, '.turn-moves');
    expect(onScorecard).toEqual(duringDrill);
    expect(errors).toEqual([]);
    await context.close();
  });
});
