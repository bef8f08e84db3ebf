import { DIMENSIONS, type AttemptRow } from '../../../domain/records/attempt.types.ts';
import { toCsv } from '../../../domain/records/csv.ts';
import type { Dimension } from '../../../domain/scoring/scorecard.types.ts';

export interface CsvLabels {
  header: (key: 'id' | 'trainee' | 'scenario' | 'scenarioId' | 'date' | 'mode' | 'score' | 'passed' | 'outcome') => string;
  /** Headers added for organisation use: drill language, ISO date, the engine's score beside a trainer's, flagged imports. */
  extraHeader: (key: 'locale' | 'dateIso' | 'engineScore' | 'flagged') => string;
  dimension: (d: Dimension) => string;
  scenarioTitle: (id: string) => string;
  mode: (m: string) => string;
  language: (locale: string) => string;
  difficulty: (d: string) => string;
  difficultyHeader: string;
  outcome: (o: string) => string;
  yesNo: (v: boolean) => string;
  flagged: (v: boolean) => string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `2026-01-05 18:30:00` in this device's time zone: the form spreadsheets (Excel, LibreOffice, Google
 * Sheets) read as a date and time, where ISO 8601 with a `T` and `Z` stays text.
 */
export function spreadsheetDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/**
 * The attempts view as CSV, in the UI language: the scores that count (a trainer's latest override),
 * the engine's beside them, dates as local date-times a spreadsheet reads plus the exact ISO time.
 */
export function attemptsCsv(rows: readonly AttemptRow[], l: CsvLabels): string {
  const header = [
    l.header('id'), l.header('trainee'), l.header('scenarioId'), l.header('scenario'), l.header('date'), l.extraHeader('dateIso'), l.header('mode'), l.difficultyHeader, l.extraHeader('locale'),
    l.header('score'), l.extraHeader('engineScore'), l.header('passed'), l.header('outcome'), l.extraHeader('flagged'), ...DIMENSIONS.map(l.dimension),
  ];
  return toCsv(
    header,
    rows.map((r) => [
      r.id, r.trainee, r.scenarioId, l.scenarioTitle(r.scenarioId), spreadsheetDate(r.endedAt), r.endedAt, l.mode(r.mode), l.difficulty(r.difficulty), r.locale ? l.language(r.locale) : null,
      r.score, r.engine?.score ?? r.score, l.yesNo(r.passed), l.outcome(r.outcome), l.flagged(r.flagged === true), ...DIMENSIONS.map((d) => r.dimensions[d] ?? null),
    ]),
  );
}
