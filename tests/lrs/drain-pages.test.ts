// A long outbox drains into the real LRS in order, in bounded batches, reading the outbox a page at a
// time, so memory stays bounded however long the outbox is. Ten pages and a part-batch show the paging;
// the full 10,000-statement drain, with the page's memory measured, is tests/e2e/lrs-drain.test.ts.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTurnStatements } from '../../src/domain/xapi/build-attempt-statements.ts';
import { sampleAttempt } from '../../src/domain/xapi/test-support/sample-attempt.ts';
import { statementId } from '../../src/domain/xapi/statement-id.ts';
import { BATCH_MAX_STATEMENTS } from '../../src/lrs/batch.ts';
import { Outbox } from '../../src/lrs/outbox.ts';
import { drainOnce, OUTBOX_PAGE } from '../../src/lrs/sender.ts';
import { basicAuth, xapiClient } from '../../src/lrs/xapi-client.ts';
import { DefuseDb } from '../../src/storage/db.ts';
import { startTestLrs, type TestLrs } from './test-lrs.ts';

/** Ten outbox pages and a part: the last batch is not full. */
const COUNT = 10 * OUTBOX_PAGE + 2 * BATCH_MAX_STATEMENTS + 7;
let lrs: TestLrs;
beforeAll(async () => {
  lrs = await startTestLrs({ lifetimeMs: 5 * 60_000 });
});
afterAll(() => lrs.close());

/** COUNT distinct `answered` statements, each with a real reply and its extensions (~1.5 KB). */
function statements() {
  const { scenario, attempt } = sampleAttempt();
  const [turn] = buildTurnStatements(attempt, { actor: { objectType: 'Agent', name: 'Bulk', account: { homePage: 'https://x.example', name: 'Bulk' } }, activityId: 'https://w3id.org/defuse/xapi/scenarios/angry-resident', title: scenario.title });
  return Array.from({ length: COUNT }, (_, i) => ({ ...turn!, id: statementId(`bulk/${i}`) }));
}

describe('draining a long outbox', () => {
  it('sends everything in order, in batches, never holding more than a page of the outbox', async () => {
    const outbox = new Outbox(new DefuseDb('drain-pages'));
    const list = statements();
    await outbox.add('settings', list, new Date());
    const pages: number[] = [];
    const page = outbox.pendingPage.bind(outbox);
    outbox.pendingPage = async (after, limit) => {
      const read = await page(after, limit);
      pages.push(read.rows.length);
      return read;
    };
    const to = { endpoint: lrs.endpoint, auth: basicAuth('test-key', 'test-secret') };
    const started = performance.now();
    const due = await drainOnce({ outbox, client: xapiClient, resolve: async () => to, now: () => Date.now() });
    const ms = performance.now() - started;

    expect(due).toBeNull();
    expect(await outbox.counts()).toEqual({ pending: 0, rejected: 0 });
    expect(lrs.statements.map((s) => s.id)).toEqual(list.map((s) => s.id));
    expect(lrs.tally()).toEqual({ accepted: COUNT, refused: 0, requests: Math.ceil(COUNT / BATCH_MAX_STATEMENTS) });
    expect(Math.max(...pages)).toBeLessThanOrEqual(OUTBOX_PAGE);
    expect(pages.length).toBeGreaterThan(10);
    // The page's memory in a real browser is measured in tests/e2e/lrs-drain.test.ts.
    console.info(`[lrs numbers] Node: drained ${COUNT} statements in ${(ms / 1000).toFixed(1)} s; ${pages.length} outbox pages of ≤ ${OUTBOX_PAGE}`);
  }, 240_000);
});
