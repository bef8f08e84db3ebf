import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttemptRow } from '../../../domain/records/attempt.types.ts';
import { DIMENSIONS } from '../../../domain/records/attempt.types.ts';
import { summarizeTrainee } from '../../../domain/records/aggregate.ts';
import { Sparkline } from '../charts/Sparkline.tsx';
import { dashboardHref } from '../dashboard.types.ts';
import type { useLabels } from '../use-labels.ts';
import { DashTable } from '../DashTable.tsx';
import { TraineeSelect } from '../TraineeSelect.tsx';

interface Props {
  rows: readonly AttemptRow[];
  trainee: string;
  trainees: readonly string[];
  onTrainee: (trainee: string) => void;
  labels: ReturnType<typeof useLabels>;
}

/** A link to one attempt's scorecard, reading "<score> on <date>". */
function AttemptLink({ attempt, labels }: { attempt: Pick<AttemptRow, 'id' | 'score' | 'endedAt'>; labels: Props['labels'] }) {
  const { t } = useTranslation();
  return <a href={dashboardHref({ name: 'attempt', attemptId: attempt.id })}>{t('scorecards.dashboard.trainee.scoreOn', { score: attempt.score, date: labels.date(attempt.endedAt) })}</a>;
}

/** One trainee's own attempts: skill trends, weakest skill, forbidden phrases, best/latest, recent curves. Printable. */
export function TraineeView({ rows, trainee, trainees, onTrainee, labels }: Props) {
  const { t } = useTranslation();
  const s = useMemo(() => summarizeTrainee(rows, trainee), [rows, trainee]);
  return (
    <section aria-labelledby="trainee-title" className="dash-section trainee-report">
      <div className="dash-section-head">
        <h2 id="trainee-title">{t('scorecards.dashboard.trainee.title', { trainee: trainee || '—' })}</h2>
        <TraineeSelect id="trainee-pick" className="field no-print" value={trainee} trainees={trainees} onChange={onTrainee} />
        <button type="button" className="button no-print" onClick={() => window.print()} disabled={s.attempts === 0}>
          {t('scorecards.dashboard.trainee.print')}
        </button>
      </div>
      {s.attempts === 0 ? (
        <p>{t('scorecards.dashboard.attempts.none')}</p>
      ) : (
        <>
          <p>
            {t('scorecards.dashboard.trainee.summary', { count: s.attempts })}{' '}
            {s.weakest && <strong>{t('scorecards.dashboard.trainee.weakest', { skill: labels.dimension(s.weakest), average: s.averages[s.weakest] })}</strong>}
          </p>
          <div className="card">
            <h3>{t('scorecards.dashboard.trainee.trends')}</h3>
            <p className="meta">{t('scorecards.dashboard.trainee.trendsHint')}</p>
            <ul className="trend-grid">
              {DIMENSIONS.map((d) => {
                const values = s.trends[d].map((p) => p.value);
                return (
                  <li key={d} className={`trend ${d === s.weakest ? 'weakest' : ''}`}>
                    <span className="trend-name">{labels.dimension(d)}</span>
                    <Sparkline values={values} />
                    <span className="trend-values">{values.length > 0 ? t('scorecards.dashboard.trainee.trendText', { values: values.join(' → '), average: s.averages[d] }) : '–'}</span>
                  </li>
                );
              })}
            </ul>
          </div>
          <div className="dash-grid">
            <div className="card">
              <h3>{t('scorecards.dashboard.phrases.title')}</h3>
              {s.forbidden.length === 0 ? (
                <p>{t('scorecards.dashboard.phrases.none')}</p>
              ) : (
                <DashTable
                  items={s.forbidden}
                  itemKey={(p) => p.phrase}
                  columns={[
                    { header: t('scorecards.dashboard.phrases.phrase'), cell: (p) => p.phrase },
                    { header: t('scorecards.dashboard.phrases.count'), numeric: true, cell: (p) => p.count },
                  ]}
                />
              )}
            </div>
            <div className="card">
              <h3>{t('scorecards.dashboard.trainee.perScenario')}</h3>
              <DashTable
                items={s.perScenario}
                itemKey={(p) => p.scenarioId}
                columns={[
                  { header: t('scorecards.dashboard.columns.scenario'), rowHeader: true, cell: (p) => labels.scenarioTitle(p.scenarioId) },
                  { header: t('scorecards.dashboard.trainee.attempts'), numeric: true, cell: (p) => p.attempts },
                  { header: t('scorecards.dashboard.trainee.best'), cell: (p) => <AttemptLink attempt={p.best} labels={labels} /> },
                  { header: t('scorecards.dashboard.trainee.latest'), cell: (p) => <AttemptLink attempt={p.latest} labels={labels} /> },
                ]}
              />
            </div>
          </div>
          <div className="card">
            <h3>{t('scorecards.dashboard.trainee.curves')}</h3>
            <ul className="curve-list">
              {s.recent.map((r) => (
                <li key={r.id}>
                  <a href={dashboardHref({ name: 'attempt', attemptId: r.id })}>
                    {labels.scenarioTitle(r.scenarioId)} · {labels.date(r.endedAt)}
                  </a>
                  <Sparkline values={r.hostility} width={200} />
                  <span className="meta">{r.hostility.length > 0 ? t('scorecards.dashboard.trainee.curveText', { values: r.hostility.join(' → ') }) : '–'}</span>
                </li>
              ))}
            </ul>
          </div>
        </>
      )}
    </section>
  );
}
