import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAttemptStatements } from '../../src/domain/xapi/build-attempt-statements.ts';
import { sampleAttempt } from '../../src/domain/xapi/test-support/sample-attempt.ts';
import { startTestLrs, type TestLrs } from './test-lrs.ts';

let lrs: TestLrs;
beforeAll(async () => {
  lrs = await startTestLrs({ lifetimeMs: 60_000 });
});
afterAll(() => lrs.close());

const auth = `Basic ${Buffer.from('test-key:test-secret').toString('base64')}`;
const post = (body: unknown, authorization = auth) =>
  fetch(`${lrs.endpoint}statements`, { method: 'POST', headers: { authorization, 'content-type': 'application/json', 'x-experience-api-version': '1.0.3' }, body: JSON.stringify(body) });

describe('test LRS', () => {
  it('binds loopback only and accepts valid statements', async () => {
    expect(lrs.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/xapi\/$/);
    const { scenario, attempt } = sampleAttempt();
    const list = buildAttemptStatements(attempt, { actor: { objectType: 'Agent', name: 'S1', account: { homePage: 'https://x.example', name: 'S1' } }, activityId: 'https://w3id.org/defuse/xapi/scenarios/angry-resident', title: scenario.title });
    const res = await post(list);
    expect(res.status).toBe(200);
    expect(lrs.statements).toHaveLength(list.length);
  });
  it('refuses invalid statements with 400 and bad credentials with 401', async () => {
    expect((await post({ actor: {}, verb: { id: 'not an iri' }, object: {} })).status).toBe(400);
    expect(lrs.rejections.at(-1)?.reason).toMatch(/^invalid/);
    expect((await post([], 'Basic nope')).status).toBe(401);
  });
  it('drops connections while down', async () => {
    lrs.setDown(true);
    await expect(post([])).rejects.toThrow();
    lrs.setDown(false);
    expect((await post([])).status).toBe(200);
  });
});
