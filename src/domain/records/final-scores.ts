import type { Dimension } from '../scoring/scorecard.types.ts';
import { latestOverrides } from './agreement.ts';
import type { AttemptRow } from './attempt.types.ts';
import type { TrainerOverride } from './schemas/override.schema.ts';

/**
 * The scores that count: a trainer's latest override per attempt and target replaces the engine's
 * (the overall one also decides pass or fail against the pass mark), and attempts flagged on import stay
 * out of every aggregate until a trainer accepts them. The engine's score is kept beside the trainer's.
 * Rows without an override or a flag are returned as they are (no copy: 10,000 rows stay cheap).
 */
export function applyReview(
  rows: readonly AttemptRow[],
  overrides: readonly TrainerOverride[],
  options: { passMark: (row: AttemptRow) => number; flagged: ReadonlySet<string> },
): AttemptRow[] {
  const latest = latestOverrides(overrides);
  if (latest.size === 0 && options.flagged.size === 0) return [...rows];
  return rows.map((row) => {
    const targets = latest.get(row.id);
    const flagged = options.flagged.has(row.id);
    if (!targets && !flagged) return row;
    const out: AttemptRow = { ...row };
    if (flagged) out.flagged = true;
    if (!targets) return out;
    const overall = targets.get('overall');
    if (overall) {
      out.engine = { score: row.score, passed: row.passed };
      out.score = overall.trainerScore;
      out.passed = overall.trainerScore >= options.passMark(row);
    }
    const overridden = [...targets.keys()].filter((target): target is Dimension => target !== 'overall');
    if (overridden.length > 0) {
      out.dimensions = { ...row.dimensions };
      for (const d of overridden) out.dimensions[d] = targets.get(d)!.trainerScore;
      out.overridden = overridden;
    }
    return out;
  });
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

/** Whether an override is the one that counts for its attempt and target (the latest; the rest are history). */
export function countingOverrideIds(overrides: readonly TrainerOverride[]): Set<string> {
  const ids = new Set<string>();
  for (const targets of latestOverrides(overrides).values()) for (const o of targets.values()) ids.add(o.id);
  return ids;
}
