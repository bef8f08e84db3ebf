// Real browser: a drill finished while the LRS is down stays queued (through a reload), then drains
// with nothing lost once the LRS is up; every statement passes the validator.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { VERBS } from '../../src/domain/xapi/iris.ts';
import { startTestLrs, type TestLrs } from '../lrs/test-lrs.ts';
import { expectAxeClean, launch, newPage } from './browser.ts';
import { playToScorecard, until } from './lrs-support.ts';

const base = inject('baseUrl');
let browser: Browser;
let lrs: TestLrs;

beforeAll(async () => {
  browser = await launch();
  lrs = await startTestLrs({ lifetimeMs: 3 * 60_000 });
});
afterAll(async () => {
  await browser?.close();
  await lrs?.close();
});

describe('learning records: xAPI sync (real browser)', () => {
  it('queues while the LRS is down, keeps the queue over a reload, drains when it is up', async () => {
    const { context, page, errors } = await newPage(browser, { locale: 'zh-HK' });
    await page.goto(`${base}?trainee=E2E-LRS#/`);
    // Configure the LRS through the header's sync panel.
    await page.locator('.sync-summary').click();
    await page.getByLabel('xAPI 端點網址').fill(lrs.endpoint);
    await page.getByLabel('金鑰(用戶名)').fill('test-key');
    await page.getByLabel('密鑰(密碼)').fill('test-secret');
    await page.getByRole('button', { name: '儲存' }).click();
    await page.locator('.sync-summary').getByText('學習記錄已同步').waitFor();
    await expectAxeClean(page, 'sync panel');
    await page.locator('.sync-summary').click();

    lrs.setDown(true);
    await page.goto(`${base}#/drill/angry-resident`);
    const played = await playToScorecard(page);
    const expected = played + 2; // answered per turn, completed, passed|failed
    await page.locator('.sync-summary').getByText(`${expected} 條記錄等待上傳`).waitFor();

    // Nothing is lost on reload: the outbox is in IndexedDB.
    await page.reload();
    await page.locator('.sync-summary').getByText(`${expected} 條記錄等待上傳`).waitFor();
    expect(lrs.statements).toHaveLength(0);

    lrs.setDown(false);
    await page.locator('.sync-summary').click();
    await page.getByRole('button', { name: '重試' }).click();
    await until(() => lrs.statements.length >= expected);
    await page.locator('.sync-summary').getByText('學習記錄已同步').waitFor();
    expect(lrs.rejections).toEqual([]);
    expect(lrs.statements).toHaveLength(expected);
    const verbs = lrs.statements.map((s) => s.verb.id);
    expect(verbs.slice(0, played)).toEqual(Array<string>(played).fill(VERBS.answered.id));
    expect(verbs[played]).toBe(VERBS.completed.id);
    expect([VERBS.passed.id, VERBS.failed.id]).toContain(verbs[played + 1]);
    expect(lrs.statements[0]?.actor.account?.name).toBe('E2E-LRS');
    // The secret never reaches the page's console.
    expect(errors.filter((e) => e.includes('test-secret'))).toEqual([]);
    await context.close();
  });
});
