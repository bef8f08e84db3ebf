// Real browser against the real LRS (Learning Locker's statement service, tests/lrs/test-lrs.ts): a full
// drill's statements reach it with nothing lost or refused; LRS down → queued through a reload → sent; an
// answer lost on the way → sent again by itself, stored once; wrong settings are named in plain words the
// moment they are saved, and fixing them sends what waited without a Retry.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { VERBS } from '../../src/domain/xapi/iris.ts';
import { startTestLrs, type TestLrs } from '../lrs/test-lrs.ts';
import { expectAxeClean, newPage, useBrowser } from './browser.ts';
import { playToScorecard, until } from './lrs-support.ts';
import { openTrainerTools } from './trainer.ts';

const base = inject('baseUrl');
const browser = useBrowser();
let lrs: TestLrs;

beforeAll(async () => {
  lrs = await startTestLrs({ lifetimeMs: 5 * 60_000 });
});
beforeEach(() => lrs.reset());
afterAll(async () => {
  await lrs?.close();
});

const header = (page: Page) => page.locator('.sync-summary');

/** Opens the record-store settings (behind "For trainers"), types them and saves; the page stays open. */
async function saveSettings(page: Page, endpoint: string, secret = 'test-secret') {
  if (!(await page.getByLabel('xAPI 端點網址').isVisible())) await openTrainerTools(page, base);
  await page.getByLabel('xAPI 端點網址').fill(endpoint);
  await page.getByLabel('金鑰（用戶名）').fill('test-key');
  await page.getByLabel('密鑰（密碼）').fill(secret);
  await page.getByRole('button', { name: '儲存' }).click();
}

/** The page shows no LRS answer: no HTML error page, no stack trace. */
async function expectNoRawAnswer(page: Page) {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/<!DOCTYPE|<html|Cannot (POST|GET)|errorId|at \w+ \(|HTTP \d{3}:/i);
}

describe('learning records: xAPI sync (real browser, real LRS)', () => {
  it('a full drill: queued while the LRS is down, kept over a reload, all accepted once it is up', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'zh-HK' });
    await page.goto(`${base}?trainee=E2E-LRS#/`);
    await saveSettings(page, lrs.endpoint);
    await page.getByTestId('sync-check').getByText('已連接：學習記錄庫接受了這組金鑰和密鑰。').waitFor();
    await header(page).getByText('學習記錄已同步').waitFor();
    await expectAxeClean(page, 'sync panel, settings checked');

    lrs.setDown(true);
    await page.goto(`${base}#/drill/angry-resident`);
    const played = await playToScorecard(page);
    const expected = played + 2; // answered per turn, completed, passed|failed
    await header(page).getByText(`${expected} 條記錄等待上傳`).waitFor();

    // Nothing is lost on reload: the outbox is in IndexedDB.
    await page.reload();
    await header(page).getByText(`${expected} 條記錄等待上傳`).waitFor();
    expect(lrs.statements).toHaveLength(0);

    lrs.setDown(false);
    await header(page).click();
    await page.getByRole('button', { name: '重試' }).click();
    await header(page).getByText('學習記錄已同步').waitFor();
    expect(lrs.rejections).toEqual([]);
    expect(lrs.statements).toHaveLength(expected);
    const verbs = lrs.statements.map((s) => s.verb.id);
    expect(verbs.slice(0, played)).toEqual(Array<string>(played).fill(VERBS.answered.id));
    expect(verbs[played]).toBe(VERBS.completed.id);
    expect([VERBS.passed.id, VERBS.failed.id]).toContain(verbs[played + 1]);
    expect(lrs.statements[0]?.actor.account?.name).toBe('E2E-LRS');
    expect(lrs.tally()).toMatchObject({ accepted: expected, refused: 0 });
    console.info(`[lrs numbers] full browser drill: ${JSON.stringify(lrs.tally())}, stored ${lrs.statements.length}`);
    // The secret never reaches the page's console.
    expect(errors.filter((e) => e.includes('test-secret'))).toEqual([]);
    await context.close();
  });

  it('resend: an answer lost on the way back is sent again by itself; the LRS stores each statement once', async () => {
    const { context, page } = await newPage(browser(), { locale: 'zh-HK' });
    await page.goto(`${base}?trainee=E2E-RESEND#/`);
    await saveSettings(page, lrs.endpoint);
    await header(page).getByText('學習記錄已同步').waitFor();
    lrs.loseResponses(1);
    await page.goto(`${base}#/drill/angry-resident`);
    const played = await playToScorecard(page);
    const expected = played + 2;
    await until(() => lrs.tally().requests >= 2, 30_000); // the lost one, then the resend (after backoff)
    await header(page).getByText('學習記錄已同步').waitFor();
    expect(lrs.statements).toHaveLength(expected);
    expect(new Set(lrs.statements.map((s) => s.id)).size).toBe(expected);
    expect(lrs.tally()).toMatchObject({ accepted: 2 * expected, refused: 0 });
    console.info(`[lrs numbers] resend: ${JSON.stringify(lrs.tally())}, stored ${lrs.statements.length}`);
    await context.close();
  });

  it('saving settings checks them: wrong path, wrong secret and CORS in plain words; fixing them sends what waited', async () => {
    const { context, page } = await newPage(browser(), { locale: 'zh-HK' });
    await page.goto(`${base}?trainee=E2E-SETTINGS#/`);

    // A wrong path: Learning Locker's express answers an HTML "Cannot GET" page.
    await saveSettings(page, lrs.endpoint.replace('/data/xAPI/', '/xAPI/'));
    await page.getByTestId('sync-check').getByText('這個網址沒有 xAPI 學習記錄庫。', { exact: false }).waitFor();
    await header(page).getByText('學習記錄未能上傳：請檢查設定').waitFor();
    await expectNoRawAnswer(page);

    // The server answers, but without CORS headers for this page.
    await saveSettings(page, lrs.noCorsEndpoint);
    await page.getByTestId('sync-check').getByText('不讓本頁面讀取（CORS）', { exact: false }).waitFor();

    // The right address with a wrong secret: named before any drill is played.
    await saveSettings(page, lrs.endpoint, 'wrong-secret');
    await page.getByTestId('sync-check').getByText('學習記錄庫不接受這組金鑰和密鑰。', { exact: false }).waitFor();
    await header(page).getByText('學習記錄未能上傳：請檢查設定').waitFor();
    await expectAxeClean(page, 'sync panel, settings refused');
    await expectNoRawAnswer(page);

    // A drill finished meanwhile: its statements wait (nothing refused), the header keeps saying why.
    await page.goto(`${base}#/drill/angry-resident`);
    const played = await playToScorecard(page);
    await header(page).getByText('學習記錄未能上傳：請檢查設定').waitFor();
    expect(lrs.statements).toHaveLength(0);

    // Fixing the secret sends them: no Retry needed.
    await saveSettings(page, lrs.endpoint);
    await header(page).getByText('學習記錄已同步').waitFor();
    expect(lrs.statements).toHaveLength(played + 2);
    await expectNoRawAnswer(page);
    await context.close();
  });
});
