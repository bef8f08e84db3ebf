import { describe, expect, it } from 'vitest';
import { shipped } from '../../scenario/test-support/shipped.ts';
import { pointsOf } from '../test-support/score-plays.ts';
import { NO_GREETING_POINTS, rule } from './phone-greeting.ts';

describe('phone-greeting', () => {
  const phone = shipped('phone-lost-warranty');
  it('takes points when a phone call does not open with a greeting (004, the first three seconds)', () => {
    expect(pointsOf(rule, [['apologize']], { scenario: phone })).toBe(NO_GREETING_POINTS);
    expect(pointsOf(rule, [['greet', 'apologize']], { scenario: phone })).toBe(0);
  });
  it('does not apply face to face', () => {
    expect(pointsOf(rule, [['apologize']])).toBe(0);
  });
});
