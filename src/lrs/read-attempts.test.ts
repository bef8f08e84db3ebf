import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildAttemptStatements } from '../domain/xapi/build-attempt-statements.ts';
import { sampleAttempt } from '../domain/xapi/test-support/sample-attempt.ts';
import { startTestLrs, type TestLrs } from '../../tests/lrs/test-lrs.ts';
import { LrsReadError, readAttemptsFromLrs } from './read-attempts.ts';
import { basicAuth, xapiClient } from './xapi-client.ts';

// Against the real LRS (Learning Locker's statement service, tests/lrs/test-lrs.ts).
let lrs: TestLrs;
beforeAll(async () => {
  lrs = await startTestLrs({ lifetimeMs: 60_000 });
});
beforeEach(() => lrs.reset());
afterAll(() => lrs.close());

const to = () => ({ endpoint: lrs.endpoint, auth: basicAuth('test-key', 'test-secret') });

/** Sends attempts' statements (timestamps in 2020: long before they are stored). */
async function store(trainees: readonly string[]) {
  const { scenario, attempt } = sampleAttempt();
  for (const trainee of trainees) {
    const old = { ...attempt, id: `a-${trainee}`, startedAt: '2020-01-01T08:59:00.000Z', endedAt: '2020-01-01T09:02:00.000Z', replies: attempt.replies.map((r) => ({ ...r, at: '2020-01-01T09:00:00.000Z' })) };
    const list = buildAttemptStatements(old, { actor: { objectType: 'Agent', name: trainee, account: { homePage: 'https://x.example', name: trainee } }, activityId: 'https://w3id.org/defuse/xapi/scenarios/angry-resident', title: scenario.title });
    expect(await xapiClient.send(to(), list)).toEqual({ ok: true });
  }
  return attempt;
}

/** The LRS's `stored` time of the newest statement, and a moment strictly after it. */
async function storedMark(): Promise<string> {
  const last = Date.parse((lrs.statements.at(-1) as unknown as { stored: string }).stored);
  while (Date.now() <= last) await Promise.resolve(); // at most a millisecond: the next store is later
  return new Date(last).toISOString();
}

describe('readAttemptsFromLrs', () => {
  it('reads every device\'s attempts back: trainee, scenario, score, verdict, dimensions', async () => {
    const attempt = await store(['S1', 'S2']);
    const attempts = await readAttemptsFromLrs({}, to());
    expect(attempts.map((a) => a.trainee).sort()).toEqual(['S1', 'S2']);
    expect(attempts[0]).toMatchObject({ scenarioId: 'angry-resident', score: Math.round(attempt.scorecard.score), passed: attempt.scorecard.passed, mode: 'practice' });
    expect(attempts[0]!.dimensions).toEqual(attempt.scorecard.dimensions);
  });

  it('follows the LRS\'s `more` links page by page', async () => {
    await store(['P1', 'P2', 'P3', 'P4', 'P5']);
    const attempts = await readAttemptsFromLrs({ pageSize: 2 }, to());
    expect(attempts.map((a) => a.trainee).sort()).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
    expect(await readAttemptsFromLrs({ pageSize: 2, max: 2 }, to())).toHaveLength(2);
  });

  it('since and until select on when the LRS stored a statement, not on its timestamp', async () => {
    await store(['Early']);
    const mark = await storedMark();
    await store(['Late']);
    const names = async (q: { since?: string; until?: string }) => (await readAttemptsFromLrs(q, to())).map((a) => a.trainee);
    expect(await names({ since: mark })).toEqual(['Late']);
    expect(await names({ until: mark })).toEqual(['Early']);
    // Timestamps are in 2020; a timestamp filter would find nothing here.
    expect((await names({ since: '2021-01-01T00:00:00Z' })).sort()).toEqual(['Early', 'Late']);
  });

  it('a write-only key cannot read: a plain reason (no permission to read), not the LRS\'s answer', async () => {
    await store(['S1']);
    lrs.addClient({ key: 'writer', secret: 'w', scopes: ['statements/write'] });
    const read = readAttemptsFromLrs({}, { endpoint: lrs.endpoint, auth: basicAuth('writer', 'w') });
    await expect(read).rejects.toBeInstanceOf(LrsReadError);
    await expect(read).rejects.toMatchObject({ problem: { kind: 'noRead', status: 403 } });
  });
});
