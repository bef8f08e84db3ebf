import { describe, expect, it } from 'vitest';
import { storedOverride } from '../records/test-support/stored-attempt.ts';
import { buildAttemptStatements } from './build-attempt-statements.ts';
import { buildOverrideStatement } from './build-override-statement.ts';
import { EXT, VERBS } from './iris.ts';
import { statementId } from './statement-id.ts';
import { sampleAttempt } from './test-support/sample-attempt.ts';

describe('override statement', () => {
  const reviewer = { objectType: 'Agent' as const, name: 'Tina', account: { homePage: 'https://training.example.org', name: 'Tina' } };

  it('is by the reviewer and refers to the attempt’s passed/failed statement sent to the LRS', () => {
    const { attempt } = sampleAttempt();
    const judged = buildAttemptStatements(attempt, { actor: reviewer, activityId: 'x', title: { 'zh-Hant': 'x', 'zh-Hans': 'x', en: 'x' }, registration: statementId(`${attempt.id}/registration`) }).at(-1)!;
    const o = storedOverride({ attemptId: attempt.id, target: 'overall', engineScore: 87, trainerScore: 58, reason: 'No apology.', by: 'Tina' });
    const s = buildOverrideStatement(o, reviewer, 60);
    expect(s.object).toEqual({ objectType: 'StatementRef', id: judged.id });
    expect(s.verb.id).toBe(VERBS.scored.id);
    expect(s.actor.name).toBe('Tina');
    expect(s.id).toBe(o.id);
    expect(s.result).toMatchObject({ score: { raw: 58, scaled: 0.58 }, success: false, response: 'No apology.', extensions: { [EXT.overrideTarget]: 'overall', [EXT.engineScore]: 87 } });
    expect(s.timestamp).toBe(o.at);
  });

  it('states no verdict for a skill override', () => {
    const s = buildOverrideStatement(storedOverride({ attemptId: 'a1', target: 'listen', trainerScore: 30 }), reviewer, 60);
    expect(s.result?.success).toBeUndefined();
    expect(s.result?.extensions?.[EXT.overrideTarget]).toBe('listen');
  });
});
