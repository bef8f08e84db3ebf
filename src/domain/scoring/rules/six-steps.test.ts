import { describe, expect, it } from 'vitest';
import { GOOD_PLAYS } from '../../scenario/test-support/shipped.ts';
import { pointsOf } from '../test-support/score-plays.ts';
import { ORDER_POINTS, rule, STEPS } from './six-steps.ts';

describe('six-steps', () => {
  it('gives 100 for every step, in order', () => {
    expect(pointsOf(rule, GOOD_PLAYS)).toBe(100);
  });
  it('gives each step its weight, and takes points for each step taken too early', () => {
    // Questions and the solution come before the apology: both are out of order.
    const plays = [['ask_open'], ['propose_solution'], ['apologize']] as const;
    const weights = ['apology', 'questions', 'solution'].map((id) => STEPS.find((s) => s.id === id)!.weight);
    expect(pointsOf(rule, plays.map((p) => [...p]))).toBe(weights.reduce((a, b) => a + b) + 2 * ORDER_POINTS);
  });
});
