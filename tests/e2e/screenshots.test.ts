// README screenshots. In `npm test` they are taken into a temporary folder (the walk through library,
// drill and scorecard must work and every capture must hold an image); with DEFUSE_SCREENSHOTS=1 they
// replace the committed images: DEFUSE_SCREENSHOTS=1 npx vitest run --project e2e tests/e2e/screenshots.test.ts
import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { newPage, sendReply, useBrowser } from './browser.ts';

const base = inject('baseUrl');
const refresh = process.env.DEFUSE_SCREENSHOTS === '1';
const out = refresh ? resolve(import.meta.dirname, 'screenshots') : mkdtempSync(join(tmpdir(), 'defuse-shots-'));
const browser = useBrowser();

beforeAll(async () => {
  mkdirSync(out, { recursive: true });
});
afterAll(async () => {
});

const shot = async (page: Page, name: string, fullPage = false) => {
  const path = resolve(out, `${name}.png`);
  await page.screenshot({ path, fullPage });
  expect(statSync(path).size, `${name}.png`).toBeGreaterThan(5_000);
};

describe('screenshots', () => {
  it('library, drill and scorecard in zh-Hant', async () => {
    const { context, page } = await newPage(browser(), { locale: 'zh-TW', quickCustomer: true });
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
    const { context, page } = await newPage(browser(), { locale: 'en-US' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}?trainee=Alex#/drill/shop-floor-outburst`);
    await page.getByRole('radio', { name: /Guided/ }).check();
    await page.getByRole('button', { name: 'Start the conversation' }).click();
    await page.getByRole('group', { name: 'Choose your reply' }).waitFor();
    await shot(page, 'guided-mobile', true);
    await context.close();
  });
});
