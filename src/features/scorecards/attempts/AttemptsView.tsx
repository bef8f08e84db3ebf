import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttemptRow } from '../../../domain/records/attempt.types.ts';
import { EMPTY_FILTER, filterRows, sortRows, type AttemptFilter, type Sort } from '../../../domain/records/filter-rows.ts';
import type { ImportMarkRecord } from '../../../storage/scorecards-records.ts';
import { downloadText } from '../../../components/download-text.ts';
import { datedName } from '../dated-name.ts';
import type { DashboardScenario } from '../dashboard.types.ts';
import type { useLabels } from '../use-labels.ts';
import { AttemptFilters } from './AttemptFilters.tsx';
import { AttemptsTable } from './AttemptsTable.tsx';
import { attemptsCsv } from './attempts-csv.ts';

interface Props {
  rows: readonly AttemptRow[];
  scenarios: readonly DashboardScenario[];
  labels: ReturnType<typeof useLabels>;
  marks: ReadonlyMap<string, ImportMarkRecord>;
  /** Adds the LRS's attempts to the table; resolves to how many were read. */
  loadRemote?: () => Promise<number>;
}

/** Every attempt: filter, search, sort, click through, export what is shown as CSV. */
export function AttemptsView({ rows, scenarios, labels, marks, loadRemote }: Props) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AttemptFilter>(EMPTY_FILTER);
  const [sort, setSort] = useState<Sort>({ key: 'endedAt', direction: 'desc' });
  const [remote, setRemote] = useState<{ kind: 'idle' | 'busy' } | { kind: 'done'; count: number } | { kind: 'failed'; detail: string }>({ kind: 'idle' });
  const readLrs = () => {
    if (!loadRemote) return;
    setRemote({ kind: 'busy' });
    loadRemote()
      .then((count) => setRemote({ kind: 'done', count }))
      .catch((e: unknown) => setRemote({ kind: 'failed', detail: e instanceof Error ? e.message : String(e) }));
  };
  // Typing in the search box stays responsive while 10,000 rows are re-filtered.
  const deferred = useDeferredValue(filter);
  const shown = useMemo(() => sortRows(filterRows(rows, deferred), sort), [rows, deferred, sort]);
  const trainees = useMemo(() => [...new Set(rows.map((r) => r.trainee))].sort((a, b) => a.localeCompare(b)), [rows]);
  const scenarioOptions = useMemo(() => {
    const ids = new Set([...scenarios.map((s) => s.id), ...rows.map((r) => r.scenarioId)]);
    return [...ids].map((id) => ({ id, title: labels.scenarioTitle(id) }));
  }, [rows, scenarios, labels]);

  const exportCsv = () =>
    downloadText(
      datedName('defuse-attempts', 'csv'),
      attemptsCsv(shown, {
        header: (k) => t(`scorecards.dashboard.columns.${k}`),
        dimension: labels.dimension,
        scenarioTitle: labels.scenarioTitle,
        mode: labels.mode,
        difficulty: labels.difficulty,
        difficultyHeader: t('playDifficulty.column'),
        outcome: labels.outcome,
        yesNo: (v) => (v ? t('scorecards.passed') : t('scorecards.failed')),
      }),
      'text/csv;charset=utf-8',
    );

  return (
    <section aria-labelledby="attempts-title" className="dash-section">
      <div className="dash-section-head">
        <h2 id="attempts-title">{t('scorecards.dashboard.tabs.attempts')}</h2>
        <p className="meta" role="status">
          {t('scorecards.dashboard.attempts.count', { shown: shown.length, total: rows.length })}
        </p>
        <button type="button" className="button no-print" onClick={exportCsv} disabled={shown.length === 0}>
          {t('scorecards.dashboard.export.csv')}
        </button>
        {loadRemote && (
          <button type="button" className="button no-print" onClick={readLrs} disabled={remote.kind === 'busy'}>
            {t('scorecards.dashboard.lrs.read')}
          </button>
        )}
      </div>
      {remote.kind !== 'idle' && (
        <p role={remote.kind === 'failed' ? 'alert' : 'status'} className="meta">
          {remote.kind === 'done' ? t('scorecards.dashboard.lrs.done', { count: remote.count }) : remote.kind === 'failed' ? t('scorecards.dashboard.lrs.failed', { detail: remote.detail }) : t('scorecards.dashboard.lrs.busy')}
        </p>
      )}
      <AttemptFilters filter={filter} onChange={setFilter} trainees={trainees} scenarios={scenarioOptions} modeLabel={labels.mode} difficultyLabel={labels.difficulty} />
      {rows.length === 0 && remote.kind !== 'done' ? (
        <p>{t('scorecards.dashboard.attempts.none')}</p>
      ) : (
        <AttemptsTable rows={shown} sort={sort} onSort={setSort} labels={labels} marks={marks} />
      )}
    </section>
  );
}
