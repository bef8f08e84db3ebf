import { describe, expect, it } from 'vitest';
import { inputFor, pointsOf } from '../test-support/score-plays.ts';
import { HARMFUL_MOVE_POINTS, rule } from './harmful-move.ts';

describe('harmful-move', () => {
  it('costs points for each harmful move, every time', () => {
    expect(pointsOf(rule, [['deflect'], ['deflect', 'vague']])).toBe(3 * HARMFUL_MOVE_POINTS);
  });
  it("suggests the scenario's model answer for the state the reply was made in", () => {
    const [item] = rule.evaluate(inputFor([['argue']]));
    expect(item?.suggestion?.key).toBe('scorecards.suggestions.harmful.argue');
    expect(item?.suggestion?.params.modelAnswer).toMatch(/^Mr Chan, I'm very sorry/);
  });
  it('ignores helpful moves', () => {
    expect(pointsOf(rule, [['apologize', 'empathize']])).toBe(0);
  });
});
