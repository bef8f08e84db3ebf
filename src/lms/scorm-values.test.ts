import { describe, expect, it } from 'vitest';
import { sampleAttempt } from '../domain/xapi/test-support/sample-attempt.ts';
import { parseSuspend, scormValuesFor, SCORM_RESPONSE_MAX } from './scorm-values.ts';

describe('scormValuesFor', () => {
  const { attempt } = sampleAttempt();

  it('one long-fill-in interaction per turn, after the existing ones, then score and statuses', () => {
    const values = new Map(scormValuesFor(attempt, 3, null));
    const turns = attempt.scorecard.turns.length;
    expect(values.get('cmi.interactions.3.type')).toBe('long-fill-in');
    expect(values.get(`cmi.interactions.${3 + turns - 1}.learner_response`)).toBe(attempt.scorecard.turns.at(-1)!.reply);
    expect(values.has(`cmi.interactions.${3 + turns}.id`)).toBe(false);
    expect(values.get('cmi.score.scaled')).toBe(String(Math.round(attempt.scorecard.score) / 100));
    expect(values.get('cmi.success_status')).toBe(attempt.scorecard.passed ? 'passed' : 'failed');
    expect(values.get('cmi.completion_status')).toBe('completed');
    expect(values.get('cmi.interactions.3.id')).toMatch(/^urn:defuse:\S+:turn:1$/);
  });

  it('caps a response at 4,000 characters and keeps suspend data small and parseable', () => {
    const long = { ...attempt, scorecard: { ...attempt.scorecard, turns: [{ ...attempt.scorecard.turns[0]!, reply: '字'.repeat(5000) }] } };
    const values = new Map(scormValuesFor(long, 0, { v: 1, n: 2, best: 90, last: 'x' }));
    expect(values.get('cmi.interactions.0.learner_response')).toHaveLength(SCORM_RESPONSE_MAX);
    const suspend = values.get('cmi.suspend_data')!;
    expect(suspend.length).toBeLessThan(200);
    expect(parseSuspend(suspend)).toMatchObject({ n: 3, best: 90, last: attempt.id });
  });
});
