import { describe, expect, it } from 'vitest';
import { inputFor, pointsOf } from '../test-support/score-plays.ts';
import { CURT_POINTS, FACTS_POINTS, OPEN_POINTS, rule } from './questions.ts';

describe('questions', () => {
  it('rewards open questions and the facts they uncover once the customer is calm', () => {
    const calm = pointsOf(rule, [['apologize', 'empathize'], ['ask_open']]);
    expect(calm).toBe(OPEN_POINTS[0] + FACTS_POINTS / 4);
  });
  it('costs a little when questions are fired at a customer still venting', () => {
    expect(pointsOf(rule, [['ask_open']])).toBe(OPEN_POINTS[0] + CURT_POINTS);
  });
  it('lists the facts never uncovered, with the scenario label in the drill locale', () => {
    const missed = rule.evaluate(inputFor([], { locale: 'zh-Hant' })).filter((e) => e.message.key === 'scorecards.rules.factMissed');
    expect(missed).toHaveLength(4);
    expect(missed[0]?.message.params.fact).toContain('上週一');
  });
});
