import type { AttemptRow } from './attempt.types.ts';

/** A table row for tests and the bench. */
export function row(over: Partial<AttemptRow> & { id: string }): AttemptRow {
  const base: AttemptRow = {
    id: over.id,
    trainee: 'Amy',
    scenarioId: 'angry-resident',
    endedAt: '2026-01-01T10:00:00.000Z',
    mode: 'practice',
    difficulty: 'standard',
    score: 50,
    passed: false,
    outcome: 'resolved',
    dimensions: {},
    forbidden: [],
    hostility: [],
    haystack: '',
  };
  const r = { ...base, ...over };
  r.haystack = `${r.trainee} ${r.scenarioId} ${r.id} ${r.outcome}`.toLowerCase();
  return r;
}
