import { describe, expect, it } from 'vitest';
import { shipped } from '../../scenario/test-support/shipped.ts';
import { analysisOf } from '../../scenario/test-support/keyword-classifier.ts';
import { pointsOf } from '../test-support/score-plays.ts';
import { DISMISSED_POINTS, MOVED_PRIVATE_POINTS, NAMED_FEELING_POINTS, rule, USED_NAME_POINTS } from './observe-emotion.ts';

describe('observe-emotion', () => {
  it('rewards naming the feeling and using the name', () => {
    expect(pointsOf(rule, [{ text: 'Mr Chan, I can see why you are upset', analysis: analysisOf('empathize') }])).toBe(NAMED_FEELING_POINTS + USED_NAME_POINTS);
  });
  it('rewards moving an agitated customer somewhere quiet, face to face only (003)', () => {
    expect(pointsOf(rule, [['move_private']], { scenario: shipped('shop-floor-outburst') })).toBe(MOVED_PRIVATE_POINTS);
    expect(pointsOf(rule, [['move_private']], { scenario: shipped('phone-lost-warranty') })).toBe(0);
  });
  it('takes points for telling them to calm down', () => {
    expect(pointsOf(rule, [['dismiss_emotion']])).toBe(DISMISSED_POINTS);
  });
});
