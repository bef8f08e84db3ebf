// Real browser, real LRS: 10,000 statements waiting in the outbox (a device offline for a long time) drain
// in order with the page's memory bounded: the sender reads the outbox a page at a time and sends
// batches, so the JS heap does not grow with the outbox.
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTurnStatements } from '../../src/domain/xapi/build-attempt-statements.ts';
import { sampleAttempt } from '../../src/domain/xapi/test-support/sample-attempt.ts';
import { startTestLrs, type TestLrs } from '../lrs/test-lrs.ts';
import { newPage, useBrowser } from './browser.ts';
import { until } from './lrs-support.ts';
import { openTrainerTools } from './trainer.ts';

const COUNT = 10_000;
const base = inject('baseUrl');
const browser = useBrowser();
let lrs: TestLrs;

beforeAll(async () => {
  lrs = await startTestLrs({ lifetimeMs: 5 * 60_000 });
});
afterAll(async () => {
  await lrs?.close();
});

/** The page's JS heap in use, garbage included. */
const usedMb = async (cdp: CDPSession) => {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
};
/** The page's live JS heap: collected first, so what is measured is what the page holds, not garbage. */
const heapMb = async (cdp: CDPSession) => {
  await cdp.send('HeapProfiler.collectGarbage');
  return usedMb(cdp);
};
/**
 * An upper bound of the live heap that stays under `limit` exactly when the live heap does: the heap in use
 * (never less than the live heap) while that is under the limit, else the live heap itself. Forcing a full
 * collection at every poll of the drain (ten a second) cost more CPU than the drain.
 */
const liveBoundMb = async (cdp: CDPSession, limit: number) => {
  const used = await usedMb(cdp);
  return used < limit ? used : heapMb(cdp);
};
const LIMIT_MB = 12;

describe('a 10,000-statement outbox (real browser, real LRS)', () => {
  it('drains in order, all accepted, and the page live heap stays bounded', async () => {
    await lrs.reset();
    const { scenario, attempt } = sampleAttempt();
    const [template] = buildTurnStatements(attempt, { actor: { objectType: 'Agent', name: 'Bulk', account: { homePage: 'https://x.example', name: 'Bulk' } }, activityId: 'https://w3id.org/defuse/xapi/scenarios/angry-resident', title: scenario.title });
    const { context, page } = await newPage(browser(), { locale: 'zh-HK' });
    // The LRS is down while the outbox fills (as on a device offline for weeks).
    lrs.setDown(true);
    await page.goto(`${base}?trainee=BULK#/`);
    // The record-store settings are behind "For trainers", which a trainer unlocks.
    await openTrainerTools(page, base);
    await page.getByLabel('xAPI 端點網址').fill(lrs.endpoint);
    await page.getByLabel('金鑰（用戶名）').fill('test-key');
    await page.getByLabel('密鑰（密碼）').fill('test-secret');
    await page.getByRole('button', { name: '儲存' }).click();
    await page.getByTestId('sync-check').getByText('無法連接學習記錄庫', { exact: false }).waitFor();
    const ids = await page.evaluate(
      ({ template, count }) =>
        new Promise<string[]>((ok, fail) => {
          const open = indexedDB.open('defuse');
          open.onerror = () => fail(new Error('open'));
          open.onsuccess = () => {
            const tx = open.result.transaction('outbox', 'readwrite');
            const store = tx.objectStore('outbox');
            const out: string[] = [];
            for (let i = 0; i < count; i += 1) {
              const id = crypto.randomUUID();
              out.push(id);
              store.add({ schemaVersion: 1, target: 'settings', statement: { ...template, id }, status: 'pending', tries: 0, nextTryAt: 0, createdAt: new Date().toISOString() });
            }
            tx.oncomplete = () => ok(out);
            tx.onerror = () => fail(new Error('write'));
          };
        }),
      { template, count: COUNT },
    );
    await page.reload();
    await page.locator('.sync-summary').getByText(`${COUNT} 條記錄等待上傳`).waitFor({ timeout: 30_000 });

    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await heapMb(cdp);
    let peak = before;
    lrs.setDown(false);
    const started = Date.now();
    await page.locator('.sync-summary').click();
    // The header's retry (the trainer tools' page this test is on has one of its own too).
    await page.locator('.app-header').getByRole('button', { name: '重試' }).click();
    // The bound at every poll (what is asserted); the live heap itself once a second (what is reported).
    let polls = 0;
    let live = before;
    await until(() => lrs.statements.length >= COUNT, 180_000, async () => {
      peak = Math.max(peak, await liveBoundMb(cdp, before + LIMIT_MB));
      if (++polls % 10 === 0) live = Math.max(live, await heapMb(cdp));
    });
    const seconds = (Date.now() - started) / 1000;
    await page.locator('.sync-summary').getByText('學習記錄已同步').waitFor({ timeout: 30_000 });

    expect(lrs.statements.map((s) => s.id)).toEqual(ids);
    expect(lrs.tally()).toMatchObject({ accepted: COUNT, refused: 0 });
    // The outbox holds ~15 MB of statement JSON: a sender that loaded it whole would hold far more than this.
    expect(peak - before).toBeLessThan(LIMIT_MB);
    console.info(`[lrs numbers] browser drained ${COUNT} statements in ${seconds.toFixed(1)} s; JS heap ${before.toFixed(1)} MB before, live peak ${live.toFixed(1)} MB sampled each second (+${(live - before).toFixed(1)} MB), under +${LIMIT_MB} MB at every poll; ${lrs.tally().requests} requests`);
    await context.close();
  }, 300_000);
});
