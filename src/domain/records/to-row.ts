import type { Dimension } from '../scoring/scorecard.types.ts';
import { DIMENSIONS, type AttemptLike, type AttemptRow } from './attempt.types.ts';

/** Flattens a stored attempt for the table. `extraSearch` adds text (e.g. scenario titles) to the search haystack. */
export function toRow(a: AttemptLike, extraSearch = ''): AttemptRow {
  const card = a.scorecard.engine;
  const dimensions: Partial<Record<Dimension, number>> = {};
  for (const d of DIMENSIONS) dimensions[d] = card.dimensions[d];
  const forbidden: string[] = [];
  for (const turn of card.turns) for (const hit of turn.forbidden) forbidden.push(hit.phrase);
  const start = a.transcript?.[0]?.hostility;
  const hostility = typeof start === 'number' ? [start, ...card.hostility] : [...card.hostility];
  return {
    id: a.id,
    trainee: a.trainee,
    scenarioId: a.scenarioId,
    endedAt: a.endedAt,
    mode: a.mode,
    locale: a.locale,
    difficulty: a.difficulty ?? 'standard',
    score: a.score,
    passed: a.passed,
    outcome: a.outcome,
    dimensions,
    forbidden,
    hostility,
    haystack: `${a.trainee} ${a.scenarioId} ${a.id} ${a.outcome} ${extraSearch}`.toLowerCase(),
  };
}
