import { describe, expect, it } from 'vitest';
import { GOOD_PLAYS } from '../../scenario/test-support/shipped.ts';
import { pointsOf } from '../test-support/score-plays.ts';
import { readingOf } from '../../scenario/test-support/keyword-classifier.ts';
import { ACCEPTED_POINTS, HOLLOW_OWNERSHIP_POINTS, PROPOSED_POINTS, RASH_POINTS, rule, STEP_POINTS } from './decide-solution.ts';

/** Listened and asked first, so an offer is weighed. */
const HEARD = [['apologize', 'empathize'], ['acknowledge', 'ask_open'], ['paraphrase', 'ask_closed']] as Parameters<typeof pointsOf>[1];

describe('decide-solution', () => {
  it('gives full marks for an accepted solution with ownership, preference and follow-up', () => {
    expect(pointsOf(rule, GOOD_PLAYS)).toBe(100);
  });
  it('gives less for a solution the customer weighed but did not accept (here: no time given)', () => {
    const noTime = { analysis: readingOf(['propose_solution'], { remedies: ['plumber'], owners: [{ start: 0, end: 1, who: 'self' }] }) };
    expect(pointsOf(rule, [...HEARD, noTime])).toBe(PROPOSED_POINTS);
    expect(PROPOSED_POINTS).toBeLessThan(ACCEPTED_POINTS);
  });

  it('gives nothing for "I will look into it": no remedy the customer could weigh', () => {
    expect(pointsOf(rule, [...HEARD, ['propose_solution']])).toBe(0);
  });

  it('gives little for ownership that never came to a solution or a timed follow-up', () => {
    expect(pointsOf(rule, [...HEARD, ['take_ownership']])).toBe(HOLLOW_OWNERSHIP_POINTS);
  });
  it('takes points for promising lightly (002 §九)', () => {
    expect(pointsOf(rule, [['commit_followup', 'overpromise']])).toBe(STEP_POINTS.commit_followup! + RASH_POINTS);
  });
});
