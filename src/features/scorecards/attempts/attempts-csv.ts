import { DIMENSIONS, type AttemptRow } from '../../../domain/records/attempt.types.ts';
import { toCsv } from '../../../domain/records/csv.ts';
import type { Dimension } from '../../../domain/scoring/scorecard.types.ts';

export interface CsvLabels {
  header: (key: 'id' | 'trainee' | 'scenario' | 'scenarioId' | 'date' | 'mode' | 'score' | 'passed' | 'outcome') => string;
  dimension: (d: Dimension) => string;
  scenarioTitle: (id: string) => string;
  mode: (m: string) => string;
  difficulty: (d: string) => string;
  difficultyHeader: string;
  outcome: (o: string) => string;
  yesNo: (v: boolean) => string;
}

/** The attempts view as CSV, in the UI language, with ids and ISO dates kept machine-readable. */
export function attemptsCsv(rows: readonly AttemptRow[], l: CsvLabels): string {
  const header = [l.header('id'), l.header('trainee'), l.header('scenarioId'), l.header('scenario'), l.header('date'), l.header('mode'), l.difficultyHeader, l.header('score'), l.header('passed'), l.header('outcome'), ...DIMENSIONS.map(l.dimension)];
  return toCsv(
    header,
    rows.map((r) => [r.id, r.trainee, r.scenarioId, l.scenarioTitle(r.scenarioId), r.endedAt, l.mode(r.mode), l.difficulty(r.difficulty), r.score, l.yesNo(r.passed), l.outcome(r.outcome), ...DIMENSIONS.map((d) => r.dimensions[d] ?? null)]),
  );
}
