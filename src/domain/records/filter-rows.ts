import type { Dimension } from '../scoring/scorecard.types.ts';
import type { AttemptRow } from './attempt.types.ts';

/** What the attempts view is narrowed to. Empty strings mean "any". */
export interface AttemptFilter {
  trainee: string;
  scenarioId: string;
  /** Inclusive first day, YYYY-MM-DD (compared with the date part of endedAt, UTC). */
  from: string;
  /** Inclusive last day, YYYY-MM-DD. */
  to: string;
  passed: '' | 'passed' | 'failed';
  mode: string;
  /** easy, standard or hard; empty for any. */
  difficulty: string;
  /** Free text: every word must occur in trainee, scenario (id or title), attempt id or outcome. */
  search: string;
}

export const EMPTY_FILTER: AttemptFilter = { trainee: '', scenarioId: '', from: '', to: '', passed: '', mode: '', difficulty: '', search: '' };

export type SortKey = 'trainee' | 'scenarioId' | 'endedAt' | 'mode' | 'difficulty' | 'score' | 'passed' | 'outcome' | Dimension;
export interface Sort {
  key: SortKey;
  direction: 'asc' | 'desc';
}

export function filterRows(rows: readonly AttemptRow[], f: AttemptFilter): AttemptRow[] {
  const words = f.search.toLowerCase().split(/\s+/).filter(Boolean);
  // `to` is inclusive: anything on that day sorts before the next day's prefix.
  const toExclusive = f.to ? `${f.to}\uffff` : '';
  return rows.filter(
    (r) =>
      (!f.trainee || r.trainee === f.trainee) &&
      (!f.scenarioId || r.scenarioId === f.scenarioId) &&
      (!f.mode || r.mode === f.mode) &&
      (!f.difficulty || r.difficulty === f.difficulty) &&
      (!f.passed || r.passed === (f.passed === 'passed')) &&
      (!f.from || r.endedAt >= f.from) &&
      (!toExclusive || r.endedAt <= toExclusive) &&
      words.every((w) => r.haystack.includes(w)),
  );
}

const DIFFICULTY_ORDER = ['easy', 'standard', 'hard'];

const collator = new Intl.Collator(undefined, { numeric: true });

function value(r: AttemptRow, key: SortKey): string | number {
  switch (key) {
    case 'trainee':
    case 'scenarioId':
    case 'endedAt':
    case 'mode':
    case 'outcome':
      return r[key];
    case 'difficulty':
      // Easy before standard before hard, not alphabetical.
      return DIFFICULTY_ORDER.indexOf(r.difficulty);
    case 'score':
      return r.score;
    case 'passed':
      return r.passed ? 1 : 0;
    default:
      return r.dimensions[key] ?? -1;
  }
}

/** Stable sort (ties keep the newest first), returning a new array. */
export function sortRows(rows: readonly AttemptRow[], sort: Sort): AttemptRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a, sort.key);
    const vb = value(b, sort.key);
    const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
    return c !== 0 ? sign * c : b.endedAt.localeCompare(a.endedAt);
  });
}
