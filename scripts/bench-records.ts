// The scorecards dashboard's benchmark (`npm run bench`). A script, not a `defuse` command: it renders
// the dashboard's table, and the CLI uses the domain only (docs/architecture.md).
import { parseArgs } from 'node:util';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { mulberry32 } from '../src/domain/scenario/prng.ts';
import { summarizeCohort, summarizeTrainee } from '../src/domain/records/aggregate.ts';
import { agreementByScenario } from '../src/domain/records/agreement.ts';
import { DIMENSIONS, type AttemptLike } from '../src/domain/records/attempt.types.ts';
import { toCsv } from '../src/domain/records/csv.ts';
import { EMPTY_FILTER, filterRows, sortRows } from '../src/domain/records/filter-rows.ts';
import type { TrainerOverride } from '../src/domain/records/override.types.ts';
import { storedAttempt, storedOverride } from '../src/domain/records/test-support/stored-attempt.ts';
import { storedScorecard } from '../src/domain/records/test-support/stored-scorecard.ts';
import { toRow } from '../src/domain/records/to-row.ts';
import { applyReview } from '../src/domain/records/final-scores.ts';
import { attemptsCsv, type CsvLabels } from '../src/features/scorecards/attempts/attempts-csv.ts';
import { AssignmentCard } from '../src/features/scorecards/assignments/AssignmentCard.tsx';
import { AssignmentsView } from '../src/features/scorecards/assignments/AssignmentsView.tsx';
import { indexAttempts, progressOf, type Assignment } from '../src/domain/org/assignments.ts';
import { AttemptsTable } from '../src/features/scorecards/attempts/AttemptsTable.tsx';
import { useLabels } from '../src/features/scorecards/use-labels.ts';
import { setupI18n } from '../src/i18n/setup.ts';

const usage = `Usage: npx tsx scripts/bench-records.ts [--attempts N] [--runs N]

Generates N synthetic attempts (default 10,000) and reports the median time of: filtering and sorting
the attempts view, rendering it (the virtualised table, server-rendered), computing the cohort view and
one trainee's view, and writing the CSV. Target: ≤ 100 ms each. Report the figures; never assert timings
in tests (machines are noisy).`;

const SCENARIOS = ['phone-lost-warranty', 'broken-promise', 'angry-resident', 'shop-floor-outburst', 'water-pump-runaround'];
const PHRASES = ['你別激動', '公司的規定就是這樣的', '我不知道', 'Calm down', '這不可能的', '改天再聯系你'];
const OUTCOMES = ['resolved', 'escalated', 'walked_out', 'incomplete'] as const;
const MODES = ['practice', 'exam', 'guided'] as const;

function syntheticAttempts(n: number, seed = 1): AttemptLike[] {
  const rnd = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const start = Date.parse('2026-01-01T00:00:00Z');
  return Array.from({ length: n }, (_, i) => {
    const dims = Object.fromEntries(DIMENSIONS.map((d) => [d, Math.round(rnd() * 100)]));
    const score = Math.round(rnd() * 100);
    const forbidden = Array.from({ length: 6 }, () => (rnd() < 0.15 ? pick(PHRASES) : null));
    const hostility = Array.from({ length: 7 }, () => Math.round(rnd() * 100));
    return storedAttempt({
      id: `att-${i.toString(36)}`,
      trainee: `學員${Math.floor(rnd() * 200)}`,
      scenarioId: pick(SCENARIOS),
      scenarioVersion: '1-bench',
      locale: 'zh-Hant' as const,
      mode: pick(MODES),
      seed: i,
      replies: [],
      score,
      passed: score >= 70,
      outcome: pick(OUTCOMES),
      scorecard: storedScorecard({ dims, forbidden, hostility }),
      endedAt: new Date(start + Math.floor(rnd() * 300 * 86_400_000)).toISOString(),
    });
  });
}

function median(fn: () => unknown, runs: number): number {
  fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const { values: options } = parseArgs({ options: { attempts: { type: 'string' }, runs: { type: 'string' }, help: { type: 'boolean' } } });
if (options.help) {
  console.log(usage);
  process.exit(0);
}
const n = Math.max(1, Number(options.attempts ?? 10_000) || 10_000);
const runs = Math.max(1, Number(options.runs ?? 15) || 15);
const attempts = syntheticAttempts(n);
const t0 = process.hrtime.bigint();
const engineRows = attempts.map((a) => toRow(a));
console.log(`attempts: ${n}; rows built (one-off on load): ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(1)} ms`);
// Trainer reviews: two overrides each on 5% of the attempts (the later one counts), 2% flagged imports.
const reviewed = engineRows.filter((_, i) => i % 20 === 0);
const reviewOverrides: TrainerOverride[] = reviewed.flatMap((r, i) => [
  storedOverride({ attemptId: r.id, scenarioId: r.scenarioId, target: 'overall', engineScore: r.score, trainerScore: (r.score + 13) % 101, reason: 'first look', by: 'T', at: '2026-11-01T10:00:00.000Z' }),
  storedOverride({ attemptId: r.id, scenarioId: r.scenarioId, target: i % 2 ? 'overall' : 'listen', engineScore: r.score, trainerScore: (r.score + 29) % 101, reason: 'second look', by: 'T', at: '2026-11-02T10:00:00.000Z' }),
]);
const flaggedIds = new Set(engineRows.filter((_, i) => i % 50 === 7).map((r) => r.id));
const review = () => applyReview(engineRows, reviewOverrides, { passMark: () => 70, flagged: flaggedIds });
const rows = review();

const filter = { ...EMPTY_FILTER, search: '學員1', passed: 'passed' as const, from: '2026-03-01' };
const filterSort = () => sortRows(filterRows(rows, filter), { key: 'score', direction: 'desc' });
const unfilteredSort = () => sortRows(filterRows(rows, EMPTY_FILTER), { key: 'trainee', direction: 'asc' });
const i18n = await setupI18n('en');
const shown = unfilteredSort();
function Table() {
  const labels = useLabels([], 'en');
  return createElement(AttemptsTable, { rows: shown, sort: { key: 'trainee', direction: 'asc' }, onSort: () => {}, labels, marks: new Map() });
}
const render = () => renderToString(createElement(I18nextProvider, { i18n }, createElement(Table)));
const html = render();
const renderedRows = (html.match(/role="row"/g) ?? []).length - 1;
const overrides: TrainerOverride[] = rows.slice(0, 500).map((r, i) => storedOverride({ attemptId: r.id, scenarioId: r.scenarioId, target: i % 2 ? 'overall' : 'listen', engineScore: r.score, trainerScore: Math.max(0, Math.min(100, r.score + (i % 7) - 3)), reason: 'bench', by: 'T', at: r.endedAt }));
const byId = new Map(rows.map((r) => [r.id, r]));
const csvLabels: CsvLabels = { header: (k) => k, extraHeader: (k) => k, dimension: (d) => d, scenarioTitle: (id) => id, mode: (m) => m, language: (l) => l, difficulty: (d) => d, difficultyHeader: 'difficulty', outcome: (o) => o, yesNo: (v) => (v ? 'yes' : 'no'), flagged: (v) => (v ? 'flagged' : '') };

// Assignments: the 200 trainees in 10 groups of 20, each group assigned every scenario (50 assignments),
// each trainee's grade by the assignment's policy over the scores that count (overrides included).
const groups = Array.from({ length: 10 }, (_, g) => ({ id: `g${g}`, name: `Group ${g}`, trainees: Array.from({ length: 20 }, (_, t) => `學員${g * 20 + t}`) }));
const POLICIES = ['best', 'last', 'average'] as const;
const assignments: Assignment[] = groups.flatMap((g, gi) => SCENARIOS.map((scenarioId, si) => ({ id: `${g.id}-${scenarioId}`, groupId: g.id, scenarioId, difficulty: 'standard' as const, due: '2026-09-30T15:59:59.000Z', policy: POLICIES[(gi + si) % 3]! })));
const progress = () => {
  const index = indexAttempts(rows.filter((r) => !r.flagged));
  return assignments.map((a) => progressOf(a, groups.find((g) => g.id === a.groupId)!, index));
};
const completed = progress().reduce((sum, p) => sum + p.completed, 0);
function Assigned() {
  const labels = useLabels([], 'en');
  return createElement(AssignmentsView, { rows, assignments: { groups, list: assignments }, labels, language: 'en' });
}
const renderAssignments = () => renderToString(createElement(I18nextProvider, { i18n }, createElement(Assigned)));
const assignedHtml = renderAssignments();
const assignedRows = (assignedHtml.match(/<tr/g) ?? []).length;
// What opening one assignment's trainee table renders (its 20 rows).
const firstProgress = progress()[0]!;
const openOne = () => renderToString(createElement(I18nextProvider, { i18n }, createElement(AssignmentCard, { heading: 'h', meta: 'm', groupName: 'g', title: 't', progress: firstProgress, initiallyOpen: true })));

const results: [string, number][] = [
  [`apply reviews (${reviewOverrides.length} overrides, ${flaggedIds.size} flagged)`, median(review, runs)],
  ['filter + sort (search, passed, date; by score)', median(filterSort, runs)],
  ['filter + sort (all rows; by trainee)', median(unfilteredSort, runs)],
  [`render attempts table (${shown.length} rows, ${renderedRows} in the DOM)`, median(render, runs)],
  ['filter + sort + render', median(() => (filterSort(), render()), runs)],
  ['cohort view (per scenario, per skill, heatmap, phrases)', median(() => summarizeCohort(rows), runs)],
  ['agreement (500 reviewed attempts)', median(() => agreementByScenario(overrides, byId, () => 70), runs)],
  ['trainee view', median(() => summarizeTrainee(rows, rows[0]!.trainee), runs)],
  ['CSV export of all rows', median(() => toCsv(['id', 'trainee', 'score'], rows.map((r) => [r.id, r.trainee, r.score])), runs)],
  ['CSV export of all rows, every dashboard column', median(() => attemptsCsv(rows, csvLabels), runs)],
  [`assignments: progress and grades (${assignments.length} assignments, ${completed} of ${assignments.length * 20} done)`, median(progress, runs)],
  [`render assignments view (50 assignments of 1,000 trainees; ${assignedRows} rows in the DOM)`, median(renderAssignments, runs)],
  ['open one assignment (its 20 trainee rows)', median(openOne, runs)],
];
for (const [label, ms] of results) console.log(`${label.padEnd(62)} ${ms.toFixed(1).padStart(7)} ms${ms > 100 ? '  (over the 100 ms target)' : ''}`);
