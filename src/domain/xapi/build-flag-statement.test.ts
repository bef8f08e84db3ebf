import validate from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { createFlag } from '../records/misread-flag.ts';
import { buildAttemptStatements } from './build-attempt-statements.ts';
import { buildFlagStatement, buildFlagVoiding, FLAG_IRI, FLAG_VERBS } from './build-flag-statement.ts';
import { EXT } from './iris.ts';
import { sampleAttempt } from './test-support/sample-attempt.ts';

const actor = { objectType: 'Agent' as const, name: 'S1', account: { homePage: 'https://defuse.example', name: 'S1' } };
const activityId = 'https://w3id.org/defuse/xapi/scenarios/angry-resident';

function flagFor(attemptId: string, turn: number, reply: string) {
  return createFlag(
    { attemptId, turn, reply, locale: 'zh-Hant', scenarioId: 'angry-resident', trainee: 'S1', found: ['blame_customer'], evidence: [], forbiddenFound: false, wrong: ['blame_customer'], missing: ['commit_followup'], comment: 'I promised a call' },
    'flag-1',
    new Date('2026-03-01T10:00:00Z'),
  );
}

describe('buildFlagStatement', () => {
  it('refers to the attempt’s answered statement for the same turn and carries the reply and moves', () => {
    const { scenario, attempt } = sampleAttempt();
    const answered = buildAttemptStatements(attempt, { actor, activityId, title: scenario.title })[1]!;
    const flag = flagFor(attempt.id, 1, attempt.scorecard.turns[1]!.reply);
    const s = buildFlagStatement(flag, { actor, activityId });
    expect(s.verb.id).toBe(FLAG_VERBS.commented.id);
    expect(s.context?.statement).toEqual({ objectType: 'StatementRef', id: answered.id });
    expect(s.object).toMatchObject({ id: answered.object.id });
    expect(s.result?.response).toBe('I promised a call');
    expect(s.result?.extensions).toMatchObject({ [FLAG_IRI.reply]: flag.reply, [EXT.moves]: ['blame_customer'], [FLAG_IRI.wrong]: ['blame_customer'], [FLAG_IRI.missing]: ['commit_followup'] });
    expect(validate(s).map(String)).toEqual([]);
  });

  it('gives one flag one id, and a different id in another route’s scope', () => {
    const flag = flagFor('att-1', 0, '我聽朝call返你');
    expect(buildFlagStatement(flag, { actor, activityId }).id).toBe(buildFlagStatement(flag, { actor, activityId }).id);
    expect(buildFlagStatement(flag, { actor, activityId, idScope: 'cmi5' }).id).not.toBe(buildFlagStatement(flag, { actor, activityId }).id);
  });

  it('voids a withdrawn flag by reference', () => {
    const flag = flagFor('att-1', 0, '我聽朝call返你');
    const v = buildFlagVoiding(flag, { actor, activityId }, new Date('2026-03-01T11:00:00Z'));
    expect(v.verb.id).toBe('http://adlnet.gov/expapi/verbs/voided');
    expect(v.object).toEqual({ objectType: 'StatementRef', id: buildFlagStatement(flag, { actor, activityId }).id });
    expect(validate(v).map(String)).toEqual([]);
  });
});
