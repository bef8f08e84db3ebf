import type { Dimension } from '../scoring/scorecard.types.ts';
import { DIMENSIONS, type AttemptLike, type AttemptRow } from './attempt.types.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The engine's scorecard inside the app's stored scorecard, or null when it has another shape. */
export function engineCard(scorecard: unknown): Obj | null {
  return isObj(scorecard) && isObj(scorecard.engine) ? scorecard.engine : null;
}

/** Flattens a stored attempt for the table. `extraSearch` adds text (e.g. scenario titles) to the search haystack. */
export function toRow(a: AttemptLike, extraSearch = ''): AttemptRow {
  const card = engineCard(a.scorecard);
  const dimensions: Partial<Record<Dimension, number>> = {};
  const dims = card && isObj(card.dimensions) ? card.dimensions : {};
  for (const d of DIMENSIONS) {
    const v = dims[d];
    if (typeof v === 'number' && Number.isFinite(v)) dimensions[d] = v;
  }
  const forbidden: string[] = [];
  const turns = card && Array.isArray(card.turns) ? card.turns : [];
  for (const turn of turns) {
    if (!isObj(turn) || !Array.isArray(turn.forbidden)) continue;
    for (const hit of turn.forbidden) if (isObj(hit) && typeof hit.phrase === 'string') forbidden.push(hit.phrase);
  }
  const after = card && Array.isArray(card.hostility) ? card.hostility.filter((h): h is number => typeof h === 'number') : [];
  const start = a.transcript?.[0]?.hostility;
  const hostility = typeof start === 'number' ? [start, ...after] : after;
  return {
    id: a.id,
    trainee: a.trainee,
    scenarioId: a.scenarioId,
    endedAt: a.endedAt,
    mode: a.mode,
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
