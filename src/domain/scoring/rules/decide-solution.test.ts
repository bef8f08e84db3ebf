import { describe, expect, it } from 'vitest';
import { GOOD_PLAYS } from '../../scenario/test-support/shipped.ts';
import { pointsOf } from '../test-support/score-plays.ts';
import { ACCEPTED_POINTS, PROPOSED_POINTS, RASH_POINTS, rule, STEP_POINTS } from './decide-solution.ts';

describe('decide-solution', () => {
  it('gives full marks for an accepted solution with ownership, preference and follow-up', () => {
    expect(pointsOf(rule, GOOD_PLAYS)).toBe(100);
  });
  it('gives less for a solution the customer never accepted', () => {
    expect(pointsOf(rule, [['propose_solution']])).toBe(PROPOSED_POINTS);
    expect(PROPOSED_POINTS).toBeLessThan(ACCEPTED_POINTS);
  });
  it('takes points for promising lightly (002 §九)', () => {
    expect(pointsOf(rule, [['commit_followup', 'overpromise']])).toBe(STEP_POINTS.commit_followup! + RASH_POINTS);
  });
});
