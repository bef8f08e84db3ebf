import { describe, expect, it } from 'vitest';
import { pointsOf } from '../test-support/score-plays.ts';
import { CAUSE_POINTS, MOTIVE_POINTS, rule, SEVERITY_POINTS } from './diagnosis.ts';
import { shipped, SHIPPED_IDS } from '../../scenario/test-support/shipped.ts';

describe('diagnosis', () => {
  it('scores each correct part of the diagnosis', () => {
    expect(pointsOf(rule, [], { diagnosis: { cause: 'service', severity: 'serious', motive: 'fix' } })).toBe(CAUSE_POINTS + SEVERITY_POINTS + MOTIVE_POINTS);
    expect(pointsOf(rule, [], { diagnosis: { cause: 'price', severity: 'serious', motive: 'revenge' } })).toBe(SEVERITY_POINTS);
  });
  it('gives nothing without a diagnosis', () => {
    expect(pointsOf(rule, [])).toBe(0);
  });
});

describe('diagnosis of the shipped scenarios', () => {
  // A customer who wants a promise kept was promised something (docs/training-model.md#motives): a broken promise —
  // integrity, in the decks' types by cause — is a right cause to name, beside whatever else went wrong. A trainee
  // who named it for the late cake (a delivery window of 1–3 pm, missed) had been marked wrong.
  const promised = SHIPPED_IDS.filter((id) => shipped(id).diagnosis.motives.includes('promise_kept'));
  it('finds the customers who want a promise kept (the broken promise, the late cake, the water pump)', () => {
    expect(promised).toEqual(expect.arrayContaining(['broken-promise', 'chat-late-birthday-cake', 'water-pump-runaround']));
  });
  it.each(promised)('%s: a broken promise is a right cause to name', (id) => {
    const { diagnosis } = shipped(id);
    expect(diagnosis.causes).toContain('integrity');
    expect(pointsOf(rule, [], { diagnosis: { cause: 'integrity', severity: diagnosis.severity, motive: 'promise_kept' }, scenario: shipped(id) })).toBe(CAUSE_POINTS + SEVERITY_POINTS + MOTIVE_POINTS);
  });
});
