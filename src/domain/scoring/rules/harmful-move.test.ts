import { describe, expect, it } from 'vitest';
import { playable } from '../../scenario/playable.ts';
import { shipped } from '../../scenario/test-support/shipped.ts';
import { inputFor, pointsOf } from '../test-support/score-plays.ts';
import { HARMFUL_MOVE_POINTS, rule } from './harmful-move.ts';

describe('harmful-move', () => {
  it('costs points for each harmful move, every time', () => {
    expect(pointsOf(rule, [['deflect'], ['deflect', 'vague']])).toBe(3 * HARMFUL_MOVE_POINTS);
  });
  it("suggests the scenario's model answer for the state the reply was made in", () => {
    // A drill is scored against the scenario as played: the seed's customer name is in the model answer.
    const played = playable(shipped('angry-resident'), { difficulty: 'standard', seed: 1 });
    const [item] = rule.evaluate(inputFor([['argue']], { scenario: played }));
    expect(item?.suggestion?.key).toBe('scorecards.suggestions.harmful.argue');
    expect(item?.suggestion?.params.modelAnswer).toMatch(new RegExp(`^${played.persona.name.en}, I'm very sorry`));
  });
  it('ignores helpful moves', () => {
    expect(pointsOf(rule, [['apologize', 'empathize']])).toBe(0);
  });
});
