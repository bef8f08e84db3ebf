import { describe, expect, it } from 'vitest';
import { HINT_COST, withHintCost } from './hint-cost.ts';

describe('withHintCost', () => {
  it('leaves an attempt without hints exactly as the engine scored it', () => {
    expect(withHintCost({ score: 71, passed: true }, 0, 70)).toEqual({ score: 71, passed: true, hintCost: 0 });
    // The engine may fail an attempt above the pass mark (e.g. it ended escalated); hints do not change that.
    expect(withHintCost({ score: 90, passed: false }, 0, 70).passed).toBe(false);
  });

  it('takes each hint off the score, and a hinted attempt must still reach the pass mark', () => {
    const two = withHintCost({ score: 78, passed: true }, 2, 70);
    expect(two).toEqual({ score: 78 - 2 * HINT_COST, passed: 78 - 2 * HINT_COST >= 70, hintCost: 2 * HINT_COST });
    expect(withHintCost({ score: 72, passed: true }, 1, 70)).toMatchObject({ score: 72 - HINT_COST, passed: false });
  });

  it('never goes below zero', () => {
    expect(withHintCost({ score: 3, passed: false }, 4, 70).score).toBe(0);
  });
});
