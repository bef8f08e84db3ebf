// A misread flag against the real LRS (Learning Locker's statement service): accepted after the attempt's
// statements, tied to the turn's `answered` statement, and voided when withdrawn.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFlag } from '../../src/domain/records/misread-flag.ts';
import { buildAttemptStatements } from '../../src/domain/xapi/build-attempt-statements.ts';
import { buildFlagStatement, buildFlagVoiding, FLAG_IRI } from '../../src/domain/xapi/build-flag-statement.ts';
import { sameStatement } from '../../src/domain/xapi/same-statement.ts';
import { sampleAttempt } from '../../src/domain/xapi/test-support/sample-attempt.ts';
import { Outbox } from '../../src/lrs/outbox.ts';
import { drainOnce } from '../../src/lrs/sender.ts';
import { basicAuth, xapiClient } from '../../src/lrs/xapi-client.ts';
import { DefuseDb } from '../../src/storage/db.ts';
import { startTestLrs, type TestLrs } from './test-lrs.ts';

let lrs: TestLrs;
beforeAll(async () => {
  lrs = await startTestLrs({ lifetimeMs: 120_000 });
});
beforeEach(() => lrs.reset());
afterAll(() => lrs.close());

const actor = { objectType: 'Agent' as const, name: 'S1', account: { homePage: 'https://defuse.example', name: 'S1' } };
const activityId = 'https://w3id.org/defuse/xapi/scenarios/angry-resident';

describe('a misread flag on a real LRS', () => {
  it('is stored after the attempt, refers to the turn’s answered statement, and its voiding is accepted', async () => {
    const { scenario, attempt } = sampleAttempt();
    const attemptStatements = buildAttemptStatements(attempt, { actor, activityId, title: scenario.title });
    const flag = createFlag(
      { attemptId: attempt.id, turn: 1, reply: attempt.scorecard.turns[1]!.reply, locale: 'zh-Hant', scenarioId: 'angry-resident', trainee: 'S1', found: [...attempt.scorecard.turns[1]!.acts], evidence: [], forbiddenFound: true, wrong: [], missing: ['empathize'], comment: '<b>我有表示理解</b>' },
      'flag-lrs-1',
      new Date('2026-03-01T10:00:00Z'),
    );
    const flagStatement = buildFlagStatement(flag, { actor, activityId });
    const voiding = buildFlagVoiding(flag, { actor, activityId }, new Date('2026-03-01T11:00:00Z'));
    const outbox = new Outbox(new DefuseDb('lrs-flag-1'));
    await outbox.add('settings', attemptStatements, new Date());
    await outbox.add('settings', [flagStatement], new Date());
    const to = { endpoint: lrs.endpoint, auth: basicAuth('test-key', 'test-secret') };
    expect(await drainOnce({ outbox, client: xapiClient, resolve: async () => to, now: () => 0, random: () => 0, onProgress: () => undefined })).toBeNull();
    expect(lrs.tally()).toMatchObject({ accepted: attemptStatements.length + 1, refused: 0 });
    const stored = lrs.statements.find((s) => s.id === flagStatement.id) as unknown as typeof flagStatement;
    expect(sameStatement(flagStatement, stored)).toBe(true);
    const answered = lrs.statements.find((s) => s.id === stored.context?.statement?.id);
    expect(answered?.result?.response).toBe(flag.reply);
    // The comment is kept as the trainee typed it: text, never markup.
    expect(stored.result?.response).toBe('<b>我有表示理解</b>');
    expect(stored.result?.extensions?.[FLAG_IRI.missing]).toEqual(['empathize']);

    await outbox.add('settings', [voiding], new Date());
    expect(await drainOnce({ outbox, client: xapiClient, resolve: async () => to, now: () => 0, random: () => 0, onProgress: () => undefined })).toBeNull();
    expect(lrs.tally()).toMatchObject({ accepted: attemptStatements.length + 2, refused: 0 });
    expect(await outbox.counts()).toEqual({ pending: 0, rejected: 0 });
  });
});
