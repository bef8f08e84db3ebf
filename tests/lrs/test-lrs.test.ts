// What the learning-record tests rely on: the real LRS behaves as Learning Locker does (version header,
// credentials and scopes, conflicts), and the cmi5 double follows the spec where it stands in.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildAttemptStatements } from '../../src/domain/xapi/build-attempt-statements.ts';
import { sampleAttempt } from '../../src/domain/xapi/test-support/sample-attempt.ts';
import { startTestLrs, type TestLrs } from './test-lrs.ts';

let lrs: TestLrs;
beforeAll(async () => {
  lrs = await startTestLrs({ lifetimeMs: 120_000 });
});
beforeEach(() => lrs.reset());
afterAll(() => lrs.close());

const basic = (key: string, secret: string) => `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;
const headers = (authorization = basic('test-key', 'test-secret'), version = '1.0.3') => ({ authorization, 'content-type': 'application/json', ...(version ? { 'x-experience-api-version': version } : {}) });
const post = (body: unknown, h = headers()) => fetch(`${lrs.endpoint}statements`, { method: 'POST', headers: h, body: JSON.stringify(body) });
const actor = { objectType: 'Agent' as const, name: 'S1', account: { homePage: 'https://x.example', name: 'S1' } };

function statements() {
  const { scenario, attempt } = sampleAttempt();
  return buildAttemptStatements(attempt, { actor, activityId: 'https://w3id.org/defuse/xapi/scenarios/angry-resident', title: scenario.title });
}

describe('the test LRS (Learning Locker, in-process)', () => {
  it('binds loopback only and stores valid statements, read back by id unchanged', async () => {
    expect(lrs.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/data\/xAPI\/$/);
    const list = statements();
    expect((await post(list)).status).toBe(200);
    expect(lrs.statements.map((s) => s.id)).toEqual(list.map((s) => s.id));
    const res = await fetch(`${lrs.endpoint}statements?statementId=${list[0]!.id}`, { headers: headers() });
    expect(await res.json()).toMatchObject({ ...list[0], result: list[0]!.result });
  });

  it('requires the version header, known credentials, and the scope for what is asked', async () => {
    expect((await post(statements(), headers(undefined, ''))).status).toBe(400);
    expect((await post(statements(), headers(basic('test-key', 'wrong')))).status).toBe(401);
    lrs.addClient({ key: 'writer', secret: 's', scopes: ['statements/write'] });
    expect((await post(statements(), headers(basic('writer', 's')))).status).toBe(200);
    expect((await fetch(`${lrs.endpoint}statements?limit=1`, { headers: headers(basic('writer', 's')) })).status).toBe(403);
    expect(lrs.tally()).toEqual({ accepted: statements().length, refused: 2 * statements().length, requests: 3 });
  });

  it('answers 409 when an id is stored with other content, and stores nothing of that batch', async () => {
    const [a, b] = statements();
    expect((await post([a])).status).toBe(200);
    expect((await post([a])).status).toBe(200); // the same statement again: accepted, stored once
    expect((await post([b, { ...a, result: { ...a!.result, response: 'another reply' } }])).status).toBe(409);
    expect(lrs.statements.map((s) => s.id)).toEqual([a!.id]);
  });

  it('refuses invalid statements with 400; drops connections while down; loses answers on request', async () => {
    expect((await post({ actor: {}, verb: { id: 'not an iri' }, object: {} })).status).toBe(400);
    lrs.setDown(true);
    await expect(post([])).rejects.toThrow();
    lrs.setDown(false);
    lrs.loseResponses(1);
    const [a] = statements();
    await expect(post([a])).rejects.toThrow();
    expect(lrs.statements.map((s) => s.id)).toEqual([a!.id]);
  });

  it('cmi5 double: the fetch URL hands out the session token once; LaunchData needs that token and the version header', async () => {
    const reg = { registration: 'r-1', activityId: 'https://w3id.org/defuse/xapi/scenarios/angry-resident', masteryScore: 0.7, actor: { objectType: 'Agent' as const, account: { homePage: 'https://lms.example.com', name: 'L-1' } } };
    const launch = lrs.cmi5Launch(reg);
    const first = (await (await fetch(launch.get('fetch')!, { method: 'POST' })).json()) as { 'auth-token': string };
    expect(first['auth-token']).toEqual(expect.any(String));
    expect(await (await fetch(launch.get('fetch')!, { method: 'POST' })).json()).toMatchObject({ 'error-code': '1' });
    const q = new URLSearchParams({ stateId: 'LMS.LaunchData', activityId: reg.activityId, agent: JSON.stringify(reg.actor), registration: reg.registration });
    const url = `${lrs.endpoint}activities/state?${q}`;
    const token = `Basic ${first['auth-token']}`;
    expect((await fetch(url, { headers: headers(token, '') })).status).toBe(400);
    expect((await fetch(url, { headers: headers() })).status).toBe(401);
    const data = await fetch(url, { headers: headers(token) });
    expect(data.headers.get('etag')).toMatch(/^".+"$/);
    expect(await data.json()).toMatchObject({ launchMode: 'Normal', masteryScore: 0.7, moveOn: 'CompletedAndPassed' });
    // The session token is a client of the real LRS too: it may write statements.
    expect((await post(statements(), headers(token))).status).toBe(200);
  });
});
