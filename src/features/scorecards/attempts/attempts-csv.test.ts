import { describe, expect, it } from 'vitest';
import { applyReview } from '../../../domain/records/final-scores.ts';
import { storedOverride } from '../../../domain/records/test-support/stored-attempt.ts';
import { row } from '../../../domain/records/test-rows.ts';
import { attemptsCsv, spreadsheetDate, type CsvLabels } from './attempts-csv.ts';

const labels: CsvLabels = {
  header: (k) => k,
  extraHeader: (k) => k,
  dimension: (d) => d,
  scenarioTitle: (id) => `title of ${id}`,
  mode: (m) => m,
  language: (l) => `lang ${l}`,
  difficulty: (d) => `level ${d}`,
  difficultyHeader: 'difficulty',
  outcome: (o) => o,
  yesNo: (v) => (v ? 'yes' : 'no'),
  flagged: (v) => (v ? 'FLAGGED' : ''),
};

describe('attempts CSV', () => {
  it('writes local date-times a spreadsheet reads as dates, and the exact ISO time beside them', () => {
    const local = spreadsheetDate('2026-01-05T10:30:15.000Z');
    expect(local).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    // Read back as local time, it is the same instant.
    expect(new Date(local.replace(' ', 'T')).toISOString()).toBe('2026-01-05T10:30:15.000Z');
    expect(spreadsheetDate('not a date')).toBe('');
  });

  it('has the drill language, the score that counts and the engine’s, and marks flagged rows', () => {
    const rows = applyReview([row({ id: 'x', score: 87, passed: true, locale: 'zh-Hans' }), row({ id: 'y', score: 40 })], [storedOverride({ attemptId: 'x', target: 'overall', engineScore: 87, trainerScore: 58 })], {
      passMark: () => 60,
      flagged: new Set(['y']),
    });
    const [header, x, y] = attemptsCsv(rows, labels).replace(/^\uFEFF/, '').split('\r\n').map((l) => l.split(','));
    const col = (name: string) => header!.indexOf(name);
    expect(x![col('locale')]).toBe('lang zh-Hans');
    expect(x![col('score')]).toBe('58');
    expect(x![col('engineScore')]).toBe('87');
    expect(x![col('passed')]).toBe('no');
    expect(x![col('dateIso')]).toBe('2026-01-01T10:00:00.000Z');
    expect(y![col('flagged')]).toBe('FLAGGED');
    expect(y![col('engineScore')]).toBe('40');
  });
});
