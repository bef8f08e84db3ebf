import { describe, expect, it } from 'vitest';
import { pointsOf } from '../test-support/score-plays.ts';
import { LISTEN_POINTS, RUSH_POINTS, rule } from './listening.ts';

describe('listening', () => {
  it('rewards a paraphrase most, then acknowledgement', () => {
    expect(pointsOf(rule, [['paraphrase']])).toBe(LISTEN_POINTS.paraphrase![0]);
    expect(pointsOf(rule, [['acknowledge']])).toBe(LISTEN_POINTS.acknowledge![0]);
  });
  it('gives less for repeating the same signal', () => {
    expect(pointsOf(rule, [['acknowledge'], ['acknowledge'], ['acknowledge']])).toBe(LISTEN_POINTS.acknowledge![0] + LISTEN_POINTS.acknowledge![1]);
  });
  it('takes points for hurrying the customer', () => {
    expect(pointsOf(rule, [['acknowledge'], ['rush']])).toBe(LISTEN_POINTS.acknowledge![0] + RUSH_POINTS);
  });
});
