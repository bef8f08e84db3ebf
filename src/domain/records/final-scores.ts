import type { Dimension } from '../scoring/scorecard.types.ts';
import { latestOverrides } from './with-review.ts';

export { withReview } from './with-review.ts';
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


/** Whether an override is the one that counts for its attempt and target (the latest; the rest are history). */
export function countingOverrideIds(overrides: readonly TrainerOverride[]): Set<string> {
  const ids = new Set<string>();
  for (const targets of latestOverrides(overrides).values()) for (const o of targets.values()) ids.add(o.id);
  return ids;
}
