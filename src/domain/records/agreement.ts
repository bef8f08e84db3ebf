import type { TrainerOverride } from './override.types.ts';
import { latestOverrides } from './with-review.ts';

export { latestOverrides };

/** Engine–trainer agreement for one scenario: whether the engine's scores can be trusted. */
export interface Agreement {
  scenarioId: string;
  /** Attempts with at least one override. */
  reviewed: number;
  /** Score pairs compared (every overridden dimension and overall score). */
  pairs: number;
  /** Mean absolute difference between trainer and engine scores, in points; null without pairs. */
  mad: number | null;
  /** Share of reviewed attempts where trainer and engine agree on pass/fail (0–1). */
  observed: number | null;
  /**
   * Cohen's kappa on pass/fail; null with fewer than MIN_REVIEWS reviewed attempts (one review says
   * nothing about agreement) or when undefined (chance agreement is 1).
   */
  kappa: number | null;
  /** 95% confidence interval of kappa (normal approximation), clipped to −1…1; null with kappa. */
  kappaInterval: readonly [number, number] | null;
}

/** Agreement statistics need at least this many reviewed attempts per scenario to mean anything. */
export const MIN_REVIEWS = 10;

/** Mean absolute difference of paired scores. */
export function meanAbsoluteDifference(pairs: readonly (readonly [number, number])[]): number | null {
  if (pairs.length === 0) return null;
  return pairs.reduce((s, [a, b]) => s + Math.abs(a - b), 0) / pairs.length;
}

/**
 * Cohen's kappa for two raters' binary judgements: κ = (pₒ − pₑ) / (1 − pₑ).
 * Returns null when pₑ = 1 (both raters gave one and the same label throughout: κ is undefined).
 */
export function cohensKappa(pairs: readonly (readonly [boolean, boolean])[]): { observed: number; kappa: number | null; interval: readonly [number, number] | null } | null {
  const n = pairs.length;
  if (n === 0) return null;
  let agree = 0;
  let aYes = 0;
  let bYes = 0;
  for (const [a, b] of pairs) {
    if (a === b) agree += 1;
    if (a) aYes += 1;
    if (b) bYes += 1;
  }
  const po = agree / n;
  const pe = (aYes / n) * (bYes / n) + (1 - aYes / n) * (1 - bYes / n);
  if (pe >= 1) return { observed: po, kappa: null, interval: null };
  const kappa = (po - pe) / (1 - pe);
  // Cohen (1960): SE(κ) ≈ √(pₒ(1 − pₒ) / (n (1 − pₑ)²)); 95% interval κ ± 1.96 SE.
  const se = Math.sqrt((po * (1 - po)) / (n * (1 - pe) ** 2));
  const clip = (x: number) => Math.max(-1, Math.min(1, x));
  return { observed: po, kappa, interval: [clip(kappa - 1.96 * se), clip(kappa + 1.96 * se)] };
}


/**
 * Per scenario: MAD over every overridden score, and kappa on pass/fail. The engine's verdict is the
 * attempt's `passed`; the trainer's is their overall score against the pass mark when they overrode it,
 * otherwise the engine's (a trainer who changed only a skill score accepted the verdict).
 */
export function agreementByScenario(
  overrides: readonly TrainerOverride[],
  attempts: ReadonlyMap<string, { passed: boolean }>,
  passMark: (scenarioId: string) => number,
): Agreement[] {
  const byScenario = new Map<string, { pairs: [number, number][]; verdicts: [boolean, boolean][]; reviewed: number }>();
  for (const [attemptId, targets] of latestOverrides(overrides)) {
    const first = targets.values().next().value;
    const attempt = attempts.get(attemptId);
    if (!first || !attempt) continue;
    const s = byScenario.get(first.scenarioId) ?? { pairs: [], verdicts: [], reviewed: 0 };
    s.reviewed += 1;
    for (const o of targets.values()) s.pairs.push([o.engineScore, o.trainerScore]);
    const overall = targets.get('overall');
    s.verdicts.push([attempt.passed, overall ? overall.trainerScore >= passMark(first.scenarioId) : attempt.passed]);
    byScenario.set(first.scenarioId, s);
  }
  return [...byScenario]
    .map(([scenarioId, s]) => {
      const k = s.reviewed >= MIN_REVIEWS ? cohensKappa(s.verdicts) : null;
      return { scenarioId, reviewed: s.reviewed, pairs: s.pairs.length, mad: meanAbsoluteDifference(s.pairs), observed: k?.observed ?? null, kappa: k?.kappa ?? null, kappaInterval: k?.interval ?? null };
    })
    .sort((a, b) => a.scenarioId.localeCompare(b.scenarioId));
}
