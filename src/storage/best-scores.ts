/** Best score per scenario for a trainee (pass the scores that count: domain/records/final-scores.ts). */
export function bestScores(attempts: readonly { scenarioId: string; score: number }[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const a of attempts) best.set(a.scenarioId, Math.max(best.get(a.scenarioId) ?? 0, a.score));
  return best;
}
