import type { AttemptRecord } from './records.ts';

/** Best score per scenario for a trainee. */
export function bestScores(attempts: readonly AttemptRecord[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const a of attempts) best.set(a.scenarioId, Math.max(best.get(a.scenarioId) ?? 0, a.score));
  return best;
}
