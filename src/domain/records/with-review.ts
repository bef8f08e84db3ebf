// A trainee's own results with the trainer's review, in a module of its own: the library reads it on the
// first visit, which must not carry the dashboard's agreement statistics (first-visit JS budget).
import type { TrainerOverride } from './schemas/override.schema.ts';

/** The latest override per attempt and target. */
export function latestOverrides(overrides: readonly TrainerOverride[]): Map<string, Map<string, TrainerOverride>> {
  const out = new Map<string, Map<string, TrainerOverride>>();
  for (const o of [...overrides].sort((a, b) => a.at.localeCompare(b.at))) {
    const m = out.get(o.attemptId) ?? new Map<string, TrainerOverride>();
    m.set(o.target, o);
    out.set(o.attemptId, m);
  }
  return out;
}

/**
 * A trainee's own attempts with the scores that count: the latest overall override replaces the score and
 * decides pass or fail against the attempt's pass mark (or `fallbackPassMark` for attempts stored before
 * pass marks were recorded). `review` holds the counting overrides, for showing who, why and the engine's.
 */
export function withReview<A extends { id: string; score: number; passed: boolean; passMark?: number | undefined; scenarioId: string }>(
  attempts: readonly A[],
  overrides: readonly TrainerOverride[],
  fallbackPassMark: (scenarioId: string) => number,
): (A & { review?: { engineScore: number; enginePassed: boolean; counting: TrainerOverride[] } })[] {
  const latest = latestOverrides(overrides);
  return attempts.map((a) => {
    const targets = latest.get(a.id);
    if (!targets) return a;
    const overall = targets.get('overall');
    const review = { engineScore: a.score, enginePassed: a.passed, counting: [...targets.values()] };
    if (!overall) return { ...a, review };
    return { ...a, score: overall.trainerScore, passed: overall.trainerScore >= (a.passMark ?? fallbackPassMark(a.scenarioId)), review };
  });
}
