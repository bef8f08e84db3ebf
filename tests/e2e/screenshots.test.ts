// README screenshots (run on demand: DEFUSE_SCREENSHOTS=1 npx vitest run --project e2e tests/e2e/screenshots.test.ts).
// Skipped in `npm test` so the suite never rewrites committed images.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { launch, newPage, sendReply } from './browser.ts';

const base = inject('baseUrl');
const out = resolve(import.meta.dirname, 'screenshots');
const enabled = process.env.DEFUSE_SCREENSHOTS === '1';
let browser: Browser;

beforeAll(async () => {
  if (!enabled) return;
  mkdirSync(out, { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: resolve(out, `${name}.png`), fullPage });

describe.skipIf(!enabled)('screenshots', () => {
  it('library, drill and scorecard in zh-Hant', async () => {
    const { context, page } = await newPage(browser, { locale: 'zh-TW' });
    await page.goto(`${base}?trainee=陳小明`);
    await page.locator('.scenario-card').first().waitFor();
    await shot(page, 'library', true);
    await page.goto(`${base}?trainee=陳小明#/drill/angry-resident`);
    await page.getByRole('button', { name: '開始對話' }).click();
    const replies = [
      '您好,我是管理處客戶服務主任小李。陳先生,非常抱歉,讓您久等了。',
      '換作是我也會很生氣。您慢慢說,我在聽。不過公司的規定就是這樣的。',
      '漏水是從什麼時候開始的?現在浴室是什麼情況?',
      '我跟您確認一下:上星期一開始漏水,您打過兩次電話,一直沒有人來,對嗎?',
      '我今天下午三點前安排維修師傅上門檢查,這件事由我負責跟進到底。',
      '您看這樣安排可以嗎?',
      '師傅檢查後,我今晚六點前親自打電話給您。謝謝您告訴我們。',
    ];
    for (const [i, r] of replies.entries()) {
      if ((await page.locator('textarea').count()) === 0) break;
      await sendReply(page, r);
      if (i === 2) await shot(page, 'drill');
    }
    if ((await page.locator('textarea').count()) > 0) {
      await page.getByRole('button', { name: '結束演練' }).click();
      await page.getByRole('button', { name: '結束並評分' }).click();
    }
    await page.getByRole('button', { name: '提交並查看成績' }).click();
    await page.getByRole('heading', { name: '各項能力' }).waitFor();
    await shot(page, 'scorecard');
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await shot(page, 'scorecard-print');
    await context.close();
  });

  it('guided drill on a phone, in English', async () => {
    const { context, page } = await newPage(browser, { locale: 'en-US' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}?trainee=Alex#/drill/shop-floor-outburst`);
    await page.getByRole('radio', { name: /Guided/ }).check();
    await page.getByRole('button', { name: 'Start the conversation' }).click();
    await page.getByRole('group', { name: 'Choose your reply' }).waitFor();
    await shot(page, 'guided-mobile', true);
    await context.close();
  });
});
