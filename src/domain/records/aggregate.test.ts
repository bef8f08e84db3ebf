import { describe, expect, it } from 'vitest';
import { summarizeCohort, summarizeTrainee } from './aggregate.ts';
import { EMPTY_FILTER, filterRows, sortRows } from './filter-rows.ts';
import { row } from './test-rows.ts';

const rows = [
  row({ id: 'a1', trainee: 'Amy', endedAt: '2026-01-01T09:00:00Z', score: 40, dimensions: { listen: 40, ask: 80 }, forbidden: ['你別激動'], hostility: [60, 70] }),
  row({ id: 'a2', trainee: 'Amy', endedAt: '2026-01-03T09:00:00Z', score: 80, passed: true, dimensions: { listen: 60, ask: 90 }, forbidden: ['你別激動', '我不知道'] }),
  row({ id: 'a3', trainee: 'Amy', scenarioId: 'broken-promise', endedAt: '2026-01-02T09:00:00Z', score: 80, passed: true, mode: 'exam', dimensions: { listen: 20 } }),
  row({ id: 'b1', trainee: 'Ben', endedAt: '2026-01-05T23:59:00Z', score: 90, passed: true, dimensions: { listen: 100, ask: 50 }, forbidden: ['我不知道'] }),
];

describe('filterRows and sortRows', () => {
  it('filters by trainee, scenario, mode, passed, an inclusive date range and every search word', () => {
    expect(filterRows(rows, { ...EMPTY_FILTER, trainee: 'Amy' }).map((r) => r.id)).toEqual(['a1', 'a2', 'a3']);
    expect(filterRows(rows, { ...EMPTY_FILTER, passed: 'failed' }).map((r) => r.id)).toEqual(['a1']);
    expect(filterRows(rows, { ...EMPTY_FILTER, mode: 'exam' }).map((r) => r.id)).toEqual(['a3']);
    expect(filterRows(rows, { ...EMPTY_FILTER, from: '2026-01-02', to: '2026-01-05' }).map((r) => r.id)).toEqual(['a2', 'a3', 'b1']);
    expect(filterRows(rows, { ...EMPTY_FILTER, search: 'BEN angry' }).map((r) => r.id)).toEqual(['b1']);
  });

  it('sorts by any column either way, ties newest first', () => {
    expect(sortRows(rows, { key: 'score', direction: 'desc' }).map((r) => r.id)).toEqual(['b1', 'a2', 'a3', 'a1']);
    expect(sortRows(rows, { key: 'listen', direction: 'asc' }).map((r) => r.id)).toEqual(['a3', 'a1', 'a2', 'b1']);
    expect(sortRows(rows, { key: 'trainee', direction: 'asc' }).map((r) => r.id)).toEqual(['a2', 'a3', 'a1', 'b1']);
  });
});

describe('summarizeTrainee', () => {
  const s = summarizeTrainee(rows, 'Amy');
  it('reads only that trainee’s attempts, trends in time order', () => {
    expect(s.attempts).toBe(3);
    expect(s.trends.listen.map((p) => p.value)).toEqual([40, 20, 60]);
    expect(s.averages.listen).toBe(40);
  });
  it('names the weakest skill, counts forbidden phrases, best and latest per scenario', () => {
    expect(s.weakest).toBe('listen');
    expect(s.forbidden).toEqual([{ phrase: '你別激動', count: 2 }, { phrase: '我不知道', count: 1 }]);
    const angry = s.perScenario.find((p) => p.scenarioId === 'angry-resident');
    expect(angry?.best.id).toBe('a2');
    expect(angry?.latest.id).toBe('a2');
    expect(s.recent.map((r) => r.id)).toEqual(['a2', 'a3', 'a1']);
  });
});

describe('toRow', () => {
  it('reads dimensions, forbidden phrases and the hostility curve from the stored scorecard, starting hostility first', async () => {
    const { toRow } = await import('./to-row.ts');
    const { storedAttempt } = await import('./test-support/stored-attempt.ts');
    const r = toRow(
      storedAttempt({ id: 'x', transcript: [{ speaker: 'customer', text: 'Hi', hostility: 80 }], dims: { listen: 60 }, forbidden: ['你別激動', null], hostility: [70, 40] }),
      'Title',
    );
    expect(r.dimensions).toMatchObject({ listen: 60, ask: 50 });
    expect(r.forbidden).toEqual(['你別激動']);
    expect(r.hostility).toEqual([80, 70, 40]);
    expect(r.haystack).toContain('title');
  });
});

describe('summarizeCohort', () => {
  const c = summarizeCohort(rows);
  it('reports pass rate and average per scenario and per skill', () => {
    expect(c.perScenario).toEqual([
      { scenarioId: 'angry-resident', attempts: 3, passed: 2, passRate: 2 / 3, averageScore: 70 },
      { scenarioId: 'broken-promise', attempts: 1, passed: 1, passRate: 1, averageScore: 80 },
    ]);
    expect(c.perSkill.listen).toBe(55);
    expect(c.perSkill.ask).toBe(73.3);
    expect(c.perSkill.judge).toBeNull();
  });
  it('builds the trainee × skill heatmap and the top phrases', () => {
    expect(c.heatmap.map((h) => [h.trainee, h.skills.listen, h.skills.ask])).toEqual([
      ['Amy', 40, 85],
      ['Ben', 100, 50],
    ]);
    expect(c.forbidden[0]).toEqual({ phrase: '你別激動', count: 2 });
  });
  it('handles no attempts', () => {
    expect(summarizeCohort([])).toMatchObject({ attempts: 0, trainees: [], perScenario: [], forbidden: [] });
    expect(summarizeTrainee([], 'X').weakest).toBeNull();
  });
});
