import { describe, expect, it } from 'vitest';
import { agreementByScenario, cohensKappa, meanAbsoluteDifference } from './agreement.ts';
import type { TrainerOverride } from './override.types.ts';
import { storedOverride } from './test-support/stored-attempt.ts';

describe('agreement measures', () => {
  it('mean absolute difference', () => {
    expect(meanAbsoluteDifference([[70, 60], [50, 55], [80, 80]])).toBe(5);
    expect(meanAbsoluteDifference([])).toBeNull();
  });

  it("Cohen's kappa matches a worked example", () => {
    // 50 items: both yes 20, A yes/B no 5, A no/B yes 10, both no 15 → po 0.7, pe 0.5, κ 0.4.
    const pairs: [boolean, boolean][] = [
      ...Array.from({ length: 20 }, () => [true, true] as [boolean, boolean]),
      ...Array.from({ length: 5 }, () => [true, false] as [boolean, boolean]),
      ...Array.from({ length: 10 }, () => [false, true] as [boolean, boolean]),
      ...Array.from({ length: 15 }, () => [false, false] as [boolean, boolean]),
    ];
    const k = cohensKappa(pairs);
    expect(k?.observed).toBeCloseTo(0.7);
    expect(k?.kappa).toBeCloseTo(0.4);
    // SE = √(0.7 × 0.3 / (50 × 0.5²)) = 0.1296; 95% interval 0.4 ± 0.254.
    expect(k?.interval?.[0]).toBeCloseTo(0.146, 3);
    expect(k?.interval?.[1]).toBeCloseTo(0.654, 3);
  });

  it('kappa is 1 for perfect agreement with both labels, undefined with one label only', () => {
    expect(cohensKappa([[true, true], [false, false]])?.kappa).toBe(1);
    expect(cohensKappa([[true, true], [true, true]])?.kappa).toBeNull();
    expect(cohensKappa([])).toBeNull();
  });

  it('per scenario: the latest override per target counts; an overall override decides the trainer’s verdict', () => {
    const o = (attemptId: string, target: TrainerOverride['target'], engineScore: number, trainerScore: number, at: string): TrainerOverride =>
      storedOverride({ attemptId, scenarioId: 's', target, engineScore, trainerScore, at: `${at}T00:00:00.000Z` });
    const overrides = [
      o('x', 'listen', 60, 40, '2026-01-01'),
      o('x', 'listen', 60, 50, '2026-01-02'),
      o('x', 'overall', 75, 65, '2026-01-02'),
      o('y', 'ask', 30, 40, '2026-01-02'),
    ];
    const attempts = new Map([['x', { passed: true }], ['y', { passed: false }]]);
    const [a] = agreementByScenario(overrides, attempts, () => 70);
    expect(a).toMatchObject({ scenarioId: 's', reviewed: 2, pairs: 3 });
    expect(a?.mad).toBeCloseTo((10 + 10 + 10) / 3);
    // Two reviews say nothing about agreement on the verdict: no kappa, no interval.
    expect(a).toMatchObject({ observed: null, kappa: null, kappaInterval: null });
  });

  it('reports kappa with its interval from ten reviewed attempts on', () => {
    const o = (attemptId: string, trainerScore: number) => storedOverride({ attemptId, scenarioId: 's', target: 'overall', engineScore: 75, trainerScore });
    // Ten attempts: the engine passed the first five and failed the rest; the trainer fails attempt 5.
    const ids = Array.from({ length: 10 }, (_, i) => `a${i}`);
    const attempts = new Map(ids.map((id, i) => [id, { passed: i < 5 }]));
    const overrides = ids.map((id, i) => o(id, i < 4 ? 80 : 50));
    const nine = agreementByScenario(overrides.slice(0, 9), attempts, () => 70)[0];
    expect(nine?.kappa).toBeNull();
    const [a] = agreementByScenario(overrides, attempts, () => 70);
    // po 0.9; engine yes 0.5, trainer yes 0.4 → pe 0.5 × 0.4 + 0.5 × 0.6 = 0.5; κ 0.8.
    expect(a?.observed).toBeCloseTo(0.9);
    expect(a?.kappa).toBeCloseTo(0.8);
    expect(a?.kappaInterval?.[0]).toBeLessThan(0.8);
    expect(a?.kappaInterval?.[1]).toBe(1);
  });
});
