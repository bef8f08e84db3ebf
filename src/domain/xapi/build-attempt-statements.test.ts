import validate from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { buildAttemptStatements, MAX_RESPONSE } from './build-attempt-statements.ts';
import { ACTIVITY_TYPES, EXT, VERBS } from './iris.ts';
import { readJudgedStatement } from './read-attempt.ts';
import { REPLIES, sampleAttempt } from './test-support/sample-attempt.ts';

const actor = { objectType: 'Agent' as const, name: 'S1234', account: { homePage: 'https://lms.example.com', name: 'S1234' } };

function statements() {
  const { scenario, attempt } = sampleAttempt();
  return { attempt, list: buildAttemptStatements(attempt, { actor, activityId: 'https://w3id.org/defuse/xapi/scenarios/angry-resident', title: scenario.title, registration: '1b5d5fd6-3c8e-4b8c-9a3e-2a7c2f1e0a11' }) };
}

describe('buildAttemptStatements', () => {
  it('writes statements the Learning Locker validator accepts', () => {
    for (const s of statements().list) expect(validate(s).map((w) => `${w.path.join('.')}: ${String(w)}`)).toEqual([]);
  });

  it('one answered long-fill-in per turn, then completed, then passed or failed', () => {
    const { attempt, list } = statements();
    const turns = attempt.scorecard.turns.length;
    expect(turns).toBeGreaterThanOrEqual(2);
    expect(list.map((s) => s.verb.id)).toEqual([...Array<string>(turns).fill(VERBS.answered.id), VERBS.completed.id, attempt.scorecard.passed ? VERBS.passed.id : VERBS.failed.id]);
    const first = list[0]!;
    expect(first.object.definition).toMatchObject({ type: ACTIVITY_TYPES.interaction, interactionType: 'long-fill-in' });
    expect(first.object.definition?.name).toHaveProperty('zh-Hans');
    expect(first.result?.response).toBe(REPLIES[0]);
    expect(first.result?.extensions?.[EXT.moves]).toEqual(attempt.scorecard.turns[0]!.acts);
    // The second reply hits listed phrases (你別激動, 公司的規定就是這樣的).
    expect((list[1]!.result?.extensions?.[EXT.forbidden] as unknown[]).length).toBeGreaterThan(0);
    expect(list[1]!.result?.extensions?.[EXT.hostility]).toBe(attempt.scorecard.turns[1]!.hostility);
  });

  it('scores the judged statement with score.scaled and every dimension', () => {
    const { attempt, list } = statements();
    const judged = list.at(-1)!;
    expect(judged.result?.score?.scaled).toBe(Math.round(attempt.scorecard.score) / 100);
    expect(judged.result?.success).toBe(attempt.scorecard.passed);
    for (const [dim, v] of Object.entries(attempt.scorecard.dimensions)) expect(judged.result?.extensions?.[`${EXT.dimension}${dim}`]).toBe(v);
  });

  it('is deterministic: the same attempt yields the same ids (resending is idempotent)', () => {
    expect(statements().list.map((s) => s.id)).toEqual(statements().list.map((s) => s.id));
    expect(new Set(statements().list.map((s) => s.id)).size).toBe(statements().list.length);
  });

  it('records the difficulty and seed on every statement, and reads the difficulty back', () => {
    const { scenario, attempt } = sampleAttempt();
    const target = { actor, activityId: 'https://w3id.org/defuse/xapi/scenarios/angry-resident', title: scenario.title };
    const list = buildAttemptStatements({ ...attempt, difficulty: 'hard', seed: 7 }, target);
    for (const st of list) expect(st.context?.extensions).toMatchObject({ [EXT.difficulty]: 'hard', [EXT.seed]: 7 });
    for (const st of list) expect(validate(st)).toEqual([]);
    expect(readJudgedStatement(list.at(-1)!)?.difficulty).toBe('hard');
    // An attempt stored before difficulty existed was played as written: standard.
    expect(buildAttemptStatements(attempt, target)[0]!.context?.extensions?.[EXT.difficulty]).toBe('standard');
  });

  it('caps a reply at 4,000 characters', () => {
    const { scenario, attempt } = sampleAttempt();
    const long = { ...attempt, scorecard: { ...attempt.scorecard, turns: [{ ...attempt.scorecard.turns[0]!, reply: 'x'.repeat(5000) }] } };
    const [s] = buildAttemptStatements(long, { actor, activityId: 'https://w3id.org/defuse/xapi/scenarios/a', title: scenario.title });
    expect(s!.result?.response).toHaveLength(MAX_RESPONSE);
  });
});
