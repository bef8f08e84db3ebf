import { describe, expect, it } from 'vitest';
import { summarizeCohort, summarizeTrainee } from './aggregate.ts';
import { applyReview, countingOverrideIds } from './final-scores.ts';
import { storedOverride } from './test-support/stored-attempt.ts';
import { row } from './test-rows.ts';

const passMark = () => 60;
const noFlags = new Set<string>();

describe('applyReview: the latest override counts', () => {
  // The case: 87 overridden to 72, then to 58, with a pass mark of 60.
  const rows = [row({ id: 'x', score: 87, passed: true, dimensions: { listen: 80 } }), row({ id: 'y', score: 40, passed: false })];
  const overrides = [
    storedOverride({ attemptId: 'x', target: 'overall', engineScore: 87, trainerScore: 72, at: '2026-01-02T10:00:00.000Z' }),
    storedOverride({ attemptId: 'x', target: 'overall', engineScore: 87, trainerScore: 58, at: '2026-01-03T10:00:00.000Z' }),
    storedOverride({ attemptId: 'x', target: 'listen', engineScore: 80, trainerScore: 30, at: '2026-01-03T10:00:00.000Z' }),
  ];

  it('replaces score, verdict and skill with the latest trainer scores, keeping the engine’s beside them', () => {
    const [x, y] = applyReview(rows, overrides, { passMark, flagged: noFlags });
    expect(x).toMatchObject({ score: 58, passed: false, engine: { score: 87, passed: true }, overridden: ['listen'] });
    expect(x?.dimensions.listen).toBe(30);
    expect(y).toBe(rows[1]);
  });

  it('does not depend on the order overrides were stored in', () => {
    const [x] = applyReview(rows, [...overrides].reverse(), { passMark, flagged: noFlags });
    expect(x?.score).toBe(58);
  });

  it('names which override counts; the earlier one is history', () => {
    const counting = countingOverrideIds(overrides);
    expect(counting.has(overrides[1]!.id)).toBe(true);
    expect(counting.has(overrides[0]!.id)).toBe(false);
  });

  it('feeds the trainee view and the cohort pass rate', () => {
    const reviewed = applyReview(rows, overrides, { passMark, flagged: noFlags });
    expect(summarizeTrainee(reviewed, 'Amy').perScenario[0]?.best.score).toBe(58);
    expect(summarizeCohort(reviewed).perScenario[0]).toMatchObject({ passed: 0, averageScore: 49 });
  });
});

describe('flagged attempts', () => {
  it('stay out of every aggregate until accepted', () => {
    const rows = [row({ id: 'ok', score: 50 }), row({ id: 'forged', score: 100, passed: true })];
    const reviewed = applyReview(rows, [], { passMark, flagged: new Set(['forged']) });
    expect(reviewed[1]?.flagged).toBe(true);
    const cohort = summarizeCohort(reviewed);
    expect(cohort).toMatchObject({ attempts: 1, excluded: 1 });
    expect(cohort.perScenario[0]).toMatchObject({ passed: 0, averageScore: 50 });
    expect(summarizeTrainee(reviewed, 'Amy').attempts).toBe(1);
    expect(summarizeCohort(applyReview(rows, [], { passMark, flagged: noFlags })).perScenario[0]?.averageScore).toBe(75);
  });
});
