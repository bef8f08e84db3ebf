import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttemptRow } from '../../../domain/records/attempt.types.ts';
import { DIMENSIONS } from '../../../domain/records/attempt.types.ts';
import { summarizeTrainee } from '../../../domain/records/aggregate.ts';
import { Sparkline } from '../charts/Sparkline.tsx';
import { dashboardHref } from '../dashboard.types.ts';
import type { useLabels } from '../use-labels.ts';

interface Props {
  rows: readonly AttemptRow[];
  trainee: string;
  trainees: readonly string[];
  onTrainee: (trainee: string) => void;
  labels: ReturnType<typeof useLabels>;
}

/** One trainee's own attempts: skill trends, weakest skill, forbidden phrases, best/latest, recent curves. Printable. */
export function TraineeView({ rows, trainee, trainees, onTrainee, labels }: Props) {
  const { t } = useTranslation();
  const s = useMemo(() => summarizeTrainee(rows, trainee), [rows, trainee]);
  return (
    <section aria-labelledby="trainee-title" className="dash-section trainee-report">
      <div className="dash-section-head">
        <h2 id="trainee-title">{t('scorecards.dashboard.trainee.title', { trainee: trainee || '—' })}</h2>
        <div className="field no-print">
          <label htmlFor="trainee-pick">{t('scorecards.dashboard.columns.trainee')}</label>
          <select id="trainee-pick" value={trainee} onChange={(e) => onTrainee(e.target.value)}>
            {trainees.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
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
                <table className="dash-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('scorecards.dashboard.phrases.phrase')}</th>
                      <th scope="col">{t('scorecards.dashboard.phrases.count')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.forbidden.map((p) => (
                      <tr key={p.phrase}>
                        <td>{p.phrase}</td>
                        <td className="num">{p.count}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
            <div className="card">
              <h3>{t('scorecards.dashboard.trainee.perScenario')}</h3>
              <table className="dash-table">
                <thead>
                  <tr>
                    <th scope="col">{t('scorecards.dashboard.columns.scenario')}</th>
                    <th scope="col">{t('scorecards.dashboard.trainee.attempts')}</th>
                    <th scope="col">{t('scorecards.dashboard.trainee.best')}</th>
                    <th scope="col">{t('scorecards.dashboard.trainee.latest')}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.perScenario.map((p) => (
                    <tr key={p.scenarioId}>
                      <th scope="row">{labels.scenarioTitle(p.scenarioId)}</th>
                      <td className="num">{p.attempts}</td>
                      <td>
                        <a href={dashboardHref({ name: 'attempt', attemptId: p.best.id })}>{t('scorecards.dashboard.trainee.scoreOn', { score: p.best.score, date: labels.date(p.best.endedAt) })}</a>
                      </td>
                      <td>
                        <a href={dashboardHref({ name: 'attempt', attemptId: p.latest.id })}>{t('scorecards.dashboard.trainee.scoreOn', { score: p.latest.score, date: labels.date(p.latest.endedAt) })}</a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
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
