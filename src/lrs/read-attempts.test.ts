import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAttemptStatements } from '../domain/xapi/build-attempt-statements.ts';
import { sampleAttempt } from '../domain/xapi/test-support/sample-attempt.ts';
import { startTestLrs, type TestLrs } from '../../tests/lrs/test-lrs.ts';
import { readAttemptsFromLrs } from './read-attempts.ts';
import { basicAuth, xapiTransport } from './xapi-client.ts';

let lrs: TestLrs;
beforeAll(async () => {
  lrs = await startTestLrs({ lifetimeMs: 60_000 });
});
afterAll(() => lrs.close());

describe('readAttemptsFromLrs', () => {
  it('reads every device\'s attempts back: trainee, scenario, score, verdict, dimensions', async () => {
    const { scenario, attempt } = sampleAttempt();
    const to = { endpoint: lrs.endpoint, auth: basicAuth('test-key', 'test-secret') };
    for (const [trainee, id] of [['S1', 'a-1'], ['S2', 'a-2']] as const) {
      const list = buildAttemptStatements({ ...attempt, id }, { actor: { objectType: 'Agent', name: trainee, account: { homePage: 'https://x.example', name: trainee } }, activityId: 'https://w3id.org/defuse/xapi/scenarios/angry-resident', title: scenario.title });
      for (const s of list) expect(await xapiTransport(to, s)).toEqual({ ok: true });
    }
    const attempts = await readAttemptsFromLrs({}, to);
    expect(attempts.map((a) => a.trainee).sort()).toEqual(['S1', 'S2']);
    expect(attempts[0]).toMatchObject({ scenarioId: 'angry-resident', score: Math.round(attempt.scorecard.score), passed: attempt.scorecard.passed, mode: 'practice' });
    expect(attempts[0]!.dimensions).toEqual(attempt.scorecard.dimensions);
    expect(await readAttemptsFromLrs({ since: '2099-01-01T00:00:00Z' }, to)).toEqual([]);
  });

  it('sending the same statement twice stores it once (deterministic ids)', async () => {
    const before = lrs.statements.length;
    const { scenario, attempt } = sampleAttempt();
    const to = { endpoint: lrs.endpoint, auth: basicAuth('test-key', 'test-secret') };
    const [s] = buildAttemptStatements({ ...attempt, id: 'a-1' }, { actor: { objectType: 'Agent', name: 'S1', account: { homePage: 'https://x.example', name: 'S1' } }, activityId: 'https://w3id.org/defuse/xapi/scenarios/angry-resident', title: scenario.title });
    expect(await xapiTransport(to, s)).toEqual({ ok: true });
    expect(lrs.statements.length).toBe(before);
  });
});
