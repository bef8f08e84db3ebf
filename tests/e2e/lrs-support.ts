// Shared steps for the learning-record browser tests: play a drill to its scorecard.
import type { Page } from 'playwright-core';
import { sendReply } from './browser.ts';

export const GOOD = [
  '您好,我是管理處客戶服務主任小李。陳先生,非常抱歉,讓您久等了。',
  '換作是我也會很生氣。您慢慢說,我在聽。',
  '漏水是從什麼時候開始的?現在浴室是什麼情況?',
  '我跟您確認一下:上星期一開始漏水,您打過兩次電話,一直沒有人來,對嗎?',
  '我今天下午三點前安排維修師傅上門檢查,這件事由我負責跟進到底。',
  '您看這樣安排可以嗎?',
  '師傅檢查後,我今晚六點前親自打電話給您。謝謝您告訴我們。',
];

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
