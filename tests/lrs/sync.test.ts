// The sender against the real LRS (Learning Locker's statement service): what reaches it, what it
// refuses, and what Defuse then believes. The outbox is IndexedDB (fake-indexeddb in Node).
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildAttemptStatements } from '../../src/domain/xapi/build-attempt-statements.ts';
import { cmi5AttemptStatements } from '../../src/domain/xapi/cmi5-session.ts';
import { CMI5 } from '../../src/domain/xapi/iris.ts';
import { sameStatement } from '../../src/domain/xapi/same-statement.ts';
import { sampleAttempt } from '../../src/domain/xapi/test-support/sample-attempt.ts';
import type { XapiStatement } from '../../src/domain/xapi/xapi.types.ts';
import { Outbox } from '../../src/lrs/outbox.ts';
import type { LrsProblem } from '../../src/lrs/lrs-problem.ts';
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
let n = 0;

function plainStatements(attemptId = 'att-1') {
  const { scenario, attempt } = sampleAttempt();
  return buildAttemptStatements({ ...attempt, id: attemptId }, { actor, activityId, title: scenario.title, registration: '1b5d5fd6-3c8e-4b8c-9a3e-2a7c2f1e0a11' });
}

/** An outbox and a drain against the test LRS, recording what Defuse was told. */
function sender() {
  const outbox = new Outbox(new DefuseDb(`lrs-sync-${(n += 1)}`));
  const problems: LrsProblem[] = [];
  let sent = 0;
  let clock = 0;
  const to = { endpoint: lrs.endpoint, auth: basicAuth('test-key', 'test-secret') };
  const drain = () => drainOnce({ outbox, client: xapiClient, resolve: async () => to, now: () => clock, random: () => 0, onProgress: (e) => ((sent += e.sent ?? 0), e.problem && problems.push(e.problem)) });
  return {
    outbox,
    problems,
    sent: () => sent,
    drain,
    /** Moves the sender's clock past any backoff. */
    later: () => (clock += 10 * 60_000),
  };
}

describe('sending to a real LRS', () => {
  it('plain sync: every statement stored in order, read back the same', async () => {
    const list = plainStatements();
    const s = sender();
    await s.outbox.add('settings', list, new Date());
    expect(await s.drain()).toBeNull();
    expect(await s.outbox.counts()).toEqual({ pending: 0, rejected: 0 });
    expect(lrs.statements.map((x) => x.id)).toEqual(list.map((x) => x.id));
    lrs.statements.forEach((stored, i) => expect(sameStatement(list[i], stored)).toBe(true));
    expect(lrs.tally()).toEqual({ accepted: list.length, refused: 0, requests: 1 });
  });

  it('resend: an answer lost on the way back is sent again, and the LRS stores it once', async () => {
    const list = plainStatements();
    const s = sender();
    await s.outbox.add('settings', list, new Date());
    lrs.loseResponses(1);
    expect(await s.drain()).not.toBeNull(); // no answer: waits
    expect(lrs.statements).toHaveLength(list.length); // …though the LRS has them
    s.later();
    expect(await s.drain()).toBeNull();
    expect(await s.outbox.counts()).toEqual({ pending: 0, rejected: 0 });
    expect(lrs.statements.map((x) => x.id)).toEqual(list.map((x) => x.id));
    expect(lrs.tally()).toEqual({ accepted: 2 * list.length, refused: 0, requests: 2 });
  });

  it('LRS down and back: nothing refused or lost, sent once it answers', async () => {
    const list = plainStatements();
    const s = sender();
    await s.outbox.add('settings', list, new Date());
    lrs.setDown(true);
    expect(await s.drain()).not.toBeNull();
    expect(s.problems.at(-1)).toEqual({ kind: 'unreachable', status: null });
    expect(await s.outbox.counts()).toEqual({ pending: list.length, rejected: 0 });
    lrs.setDown(false);
    s.later();
    await s.drain();
    expect(lrs.statements).toHaveLength(list.length);
    expect(await s.outbox.counts()).toEqual({ pending: 0, rejected: 0 });
  });

  it('the configured LRS and a cmi5 LMS on one LRS: both routes\' statements are stored, none refused', async () => {
    const { scenario, attempt } = sampleAttempt();
    const plain = buildAttemptStatements(attempt, { actor, activityId, title: scenario.title });
    // Mastery low enough that cmi5 says passed where the scenario's pass mark may say failed.
    const launch = { activityId, registration: '9c1f3b7e-0d2a-4f5e-8b6c-1a2b3c4d5e6f', sessionId: 's-1', launchMode: 'Normal' as const, masteryScore: 0.01, contextTemplate: { extensions: { [CMI5.sessionId]: 's-1' } } };
    const cmi5 = cmi5AttemptStatements(attempt, { actor, activityId, title: scenario.title }, launch, { completed: false, judged: false, terminated: false }).statements;
    const s = sender();
    await s.outbox.add('settings', plain, new Date());
    await s.outbox.add('settings', cmi5, new Date());
    await s.drain();
    expect(await s.outbox.counts()).toEqual({ pending: 0, rejected: 0 });
    expect(lrs.statements).toHaveLength(plain.length + cmi5.length);
    const moveOn = lrs.statements.filter((x) => x.context?.contextActivities?.category?.some((c) => c.id === CMI5.moveOn));
    expect(moveOn.map((x) => x.verb.id)).toEqual([cmi5.at(-2)!.verb.id, cmi5.at(-1)!.verb.id]);
    expect(lrs.rejections).toEqual([]);
  });

  it('409 with a different statement stored: ours is refused, kept and reported, never counted as sent', async () => {
    const list = plainStatements();
    const judged = list.at(-1)!;
    // Someone else stored a different statement under the judged statement's id first.
    const impostor: XapiStatement = { ...judged, result: { ...judged.result, score: { scaled: 0.01 } } };
    const first = sender();
    await first.outbox.add('settings', [impostor], new Date());
    await first.drain();
    const s = sender();
    await s.outbox.add('settings', list, new Date());
    await s.drain();
    expect(s.sent()).toBe(list.length - 1);
    expect(await s.outbox.counts()).toEqual({ pending: 0, rejected: 1 });
    expect(((await s.outbox.rejected())[0]!.statement as XapiStatement).id).toBe(judged.id);
    expect(s.problems).toEqual([{ kind: 'conflict', status: 409 }]);
    expect(lrs.statements.find((x) => x.id === judged.id)?.result?.score?.scaled).toBe(0.01);
  });

  it('409 with the same statement stored (another time zone for the same instant): counted as sent', async () => {
    const list = plainStatements();
    const judged = list.at(-1)!;
    const hk = new Date(Date.parse(judged.timestamp) + 8 * 3600_000).toISOString().replace('Z', '+08:00');
    const first = sender();
    await first.outbox.add('settings', [{ ...judged, timestamp: hk }], new Date());
    await first.drain();
    const s = sender();
    await s.outbox.add('settings', list, new Date());
    await s.drain();
    expect(lrs.rejections.map((r) => r.status)).toContain(409); // the real LRS did answer 409…
    expect(s.sent()).toBe(list.length); // …and Defuse checked that it holds the same statement
    expect(await s.outbox.counts()).toEqual({ pending: 0, rejected: 0 });
    expect(s.problems).toEqual([]);
  });

  it('409 and a key that may not read it back: refused as unverified, kept', async () => {
    const list = plainStatements();
    const judged = list.at(-1)!;
    const first = sender();
    await first.outbox.add('settings', [{ ...judged, result: { ...judged.result, response: 'other' } }], new Date());
    await first.drain();
    lrs.addClient({ key: 'writer', secret: 'w', scopes: ['statements/write'] });
    const outbox = new Outbox(new DefuseDb(`lrs-sync-${(n += 1)}`));
    await outbox.add('settings', [judged], new Date());
    const problems: LrsProblem[] = [];
    await drainOnce({ outbox, client: xapiClient, resolve: async () => ({ endpoint: lrs.endpoint, auth: basicAuth('writer', 'w') }), now: () => 0, onProgress: (e) => e.problem && problems.push(e.problem) });
    expect(await outbox.counts()).toEqual({ pending: 0, rejected: 1 });
    expect(problems).toEqual([{ kind: 'conflictUnverified', status: 409 }]);
  });

  it('a wrong secret or a wrong path refuses nothing: the statements wait, and go once the settings are right', async () => {
    const list = plainStatements();
    const outbox = new Outbox(new DefuseDb(`lrs-sync-${(n += 1)}`));
    await outbox.add('settings', list, new Date());
    const problems: LrsProblem[] = [];
    const drain = (to: { endpoint: string; auth: string }, now: number) => drainOnce({ outbox, client: xapiClient, resolve: async () => to, now: () => now, random: () => 0, onProgress: (e) => e.problem && problems.push(e.problem) });
    await drain({ endpoint: lrs.endpoint, auth: basicAuth('test-key', 'wrong') }, 0);
    await drain({ endpoint: lrs.endpoint.replace('/data/xAPI/', '/xAPI/'), auth: basicAuth('test-key', 'test-secret') }, 10 * 60_000);
    expect(problems).toEqual([{ kind: 'credentials', status: 401 }, { kind: 'notLrs', status: 404 }]);
    expect(await outbox.counts()).toEqual({ pending: list.length, rejected: 0 });
    await outbox.retryTarget('settings');
    await drain({ endpoint: lrs.endpoint, auth: basicAuth('test-key', 'test-secret') }, 0);
    expect(lrs.statements).toHaveLength(list.length);
  });
});
