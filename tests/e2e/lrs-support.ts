// Shared steps for the learning-record browser tests: play a drill to its scorecard.
import type { Page } from 'playwright-core';
import { golden } from '../../src/domain/scenario/golden/angry-resident.golden.ts';
import { sendReply } from './browser.ts';

/** The good zh-Hant handling of angry-resident: its golden transcript, played in the browser. */
export const GOOD: readonly string[] = golden.replies.good['zh-Hant'];

/**
 * From the briefing of angry-resident (zh-Hant UI) to the scorecard; returns the turns played.
 * `stopAfter` stops mid-drill; `resumeAt` carries on a drill resumed after a reload.
 */
export async function playToScorecard(page: Page, options: { resumeAt?: number; stopAfter?: number } = {}): Promise<number> {
  if (options.resumeAt === undefined) await page.getByRole('button', { name: '開始對話' }).click();
  else await page.locator('textarea').waitFor();
  let played = options.resumeAt ?? 0;
  for (const reply of GOOD.slice(played)) {
    if (options.stopAfter !== undefined && played >= options.stopAfter) return played;
    if ((await page.locator('textarea').count()) === 0) break;
    await sendReply(page, reply);
    played += 1;
  }
  if ((await page.locator('textarea').count()) > 0) {
    await page.getByRole('button', { name: '結束演練' }).click();
    await page.getByRole('button', { name: '結束並評分' }).click();
  }
  await page.getByRole('heading', { name: '最後一步：判斷這宗投訴' }).waitFor();
  await page.getByRole('button', { name: '提交並查看成績' }).click();
  await page.getByRole('heading', { name: '各項能力' }).waitFor();
  return played;
}

/**
 * Polls a condition on the LRS's side (the page has no event for it) until it holds or the time is up;
 * `meanwhile` runs at each poll (e.g. a memory sample).
 */
export async function until(check: () => boolean, timeoutMs = 20_000, meanwhile?: () => Promise<void>): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await meanwhile?.();
    await new Promise((r) => setTimeout(r, 100));
  }
}
