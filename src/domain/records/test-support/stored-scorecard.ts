import type { StoredScorecard } from '../schemas/scorecard.schema.ts';
import { DIMENSIONS } from '../attempt.types.ts';
import type { Dimension } from '../../scoring/scorecard.types.ts';

/**
 * A complete stored scorecard with made-up numbers, for tests and the bench: `dims` fills the named
 * dimensions (others 50), each entry of `forbidden` is one turn with that phrase hit.
 */
export function storedScorecard(over: { dims?: Partial<Record<Dimension, number>>; forbidden?: readonly (string | null)[]; hostility?: number[]; score?: number; passed?: boolean; hintsUsed?: number; hintCost?: number } = {}): StoredScorecard {
  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, over.dims?.[d] ?? 50])) as Record<Dimension, number>;
  const turns = (over.forbidden ?? []).map((phrase) => ({
    reply: '…',
    acts: [],
    forbidden: phrase === null ? [] : [{ list: 'ten', phrase, matched: phrase }],
    customer: '…',
    hostility: 50,
    facts: [],
    evidence: [],
  }));
  return {
    engine: { scenario: 'angry-resident', locale: 'en', outcome: 'resolved', score: over.score ?? 50, passed: over.passed ?? false, dimensions, turns, hostility: over.hostility ?? [], evidence: [], unplayed: [] },
    hintsUsed: over.hintsUsed ?? 0,
    hintCost: over.hintCost ?? 0,
  };
}
