import { describe, expect, it } from 'vitest';
import { pointsOf } from '../test-support/score-plays.ts';
import { CAUSE_POINTS, MOTIVE_POINTS, rule, SEVERITY_POINTS } from './diagnosis.ts';

describe('diagnosis', () => {
  it('scores each correct part of the diagnosis', () => {
    expect(pointsOf(rule, [], { diagnosis: { cause: 'service', severity: 'serious', motive: 'fix' } })).toBe(CAUSE_POINTS + SEVERITY_POINTS + MOTIVE_POINTS);
    expect(pointsOf(rule, [], { diagnosis: { cause: 'price', severity: 'serious', motive: 'revenge' } })).toBe(SEVERITY_POINTS);
  });
  it('gives nothing without a diagnosis', () => {
    expect(pointsOf(rule, [])).toBe(0);
  });
});
