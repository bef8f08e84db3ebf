import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementByScenario } from '../../../domain/records/agreement.ts';
import { DIMENSIONS, type AttemptRow } from '../../../domain/records/attempt.types.ts';
import { summarizeCohort } from '../../../domain/records/aggregate.ts';
import type { OverrideRecord } from '../../../storage/scorecards-records.ts';
import { ScoreBar } from '../charts/ScoreBar.tsx';
import type { DashboardScenario } from '../dashboard.types.ts';
import type { useLabels } from '../use-labels.ts';
import { Heatmap } from './Heatmap.tsx';

interface Props {
  rows: readonly AttemptRow[];
  overrides: readonly OverrideRecord[];
  scenarios: readonly DashboardScenario[];
  labels: ReturnType<typeof useLabels>;
}

const fixed = (n: number | null, digits: number) => (n === null ? '–' : n.toFixed(digits));

/** The cohort: pass rate and average per scenario, average per skill, the heatmap, top phrases, engine–trainer agreement. */
export function CohortView({ rows, overrides, scenarios, labels }: Props) {
  const { t } = useTranslation();
  const c = useMemo(() => summarizeCohort(rows), [rows]);
  const agreement = useMemo(() => {
    const passMark = (id: string) => scenarios.find((s) => s.id === id)?.passMark ?? 70;
    return agreementByScenario(overrides, new Map(rows.map((r) => [r.id, r])), passMark);
  }, [overrides, rows, scenarios]);
  if (c.attempts === 0) return <p>{t('scorecards.dashboard.attempts.none')}</p>;
  return (
    <section aria-labelledby="cohort-title" className="dash-section">
      <div className="dash-section-head">
        <h2 id="cohort-title">{t('scorecards.dashboard.tabs.cohort')}</h2>
        <p className="meta">{t('scorecards.dashboard.cohort.summary', { attempts: c.attempts, trainees: c.trainees.length })}</p>
        <button type="button" className="button no-print" onClick={() => window.print()}>
          {t('scorecards.dashboard.cohort.print')}
        </button>
      </div>
      <div className="dash-grid">
        <div className="card">
          <table className="dash-table">
            <caption>{t('scorecards.dashboard.cohort.perScenario')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('scorecards.dashboard.columns.scenario')}</th>
                <th scope="col">{t('scorecards.dashboard.trainee.attempts')}</th>
                <th scope="col">{t('scorecards.dashboard.cohort.passRate')}</th>
                <th scope="col">{t('scorecards.dashboard.cohort.average')}</th>
              </tr>
            </thead>
            <tbody>
              {c.perScenario.map((s) => (
                <tr key={s.scenarioId}>
                  <th scope="row">{labels.scenarioTitle(s.scenarioId)}</th>
                  <td className="num">{s.attempts}</td>
                  <td className="num">
                    {labels.percent(s.passRate)} <ScoreBar value={s.passRate * 100} />
                  </td>
                  <td className="num">
                    {s.averageScore} <ScoreBar value={s.averageScore} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="card">
          <table className="dash-table">
            <caption>{t('scorecards.dashboard.cohort.perSkill')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('scorecards.dashboard.cohort.skill')}</th>
                <th scope="col">{t('scorecards.dashboard.cohort.average')}</th>
              </tr>
            </thead>
            <tbody>
              {DIMENSIONS.map((d) => (
                <tr key={d}>
                  <th scope="row">{labels.dimension(d)}</th>
                  <td className="num">
                    {c.perSkill[d] ?? '–'} {c.perSkill[d] !== null && <ScoreBar value={c.perSkill[d] ?? 0} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <div className="card">
        <Heatmap heatmap={c.heatmap} labels={labels} />
        <p className="meta">{t('scorecards.dashboard.cohort.heatmapKey')}</p>
      </div>
      <div className="dash-grid">
        <div className="card">
          <h3>{t('scorecards.dashboard.phrases.cohortTitle')}</h3>
          {c.forbidden.length === 0 ? (
            <p>{t('scorecards.dashboard.phrases.none')}</p>
          ) : (
            <ol className="phrase-list">
              {c.forbidden.map((p) => (
                <li key={p.phrase}>{t('scorecards.dashboard.phrases.item', { phrase: p.phrase, count: p.count })}</li>
              ))}
            </ol>
          )}
        </div>
        <div className="card">
          <h3>{t('scorecards.dashboard.agreement.title')}</h3>
          <p className="meta">{t('scorecards.dashboard.agreement.explain')}</p>
          {agreement.length === 0 ? (
            <p>{t('scorecards.dashboard.agreement.none')}</p>
          ) : (
            <table className="dash-table">
              <thead>
                <tr>
                  <th scope="col">{t('scorecards.dashboard.columns.scenario')}</th>
                  <th scope="col">{t('scorecards.dashboard.agreement.reviewed')}</th>
                  <th scope="col">{t('scorecards.dashboard.agreement.mad')}</th>
                  <th scope="col">{t('scorecards.dashboard.agreement.observed')}</th>
                  <th scope="col">{t('scorecards.dashboard.agreement.kappa')}</th>
                </tr>
              </thead>
              <tbody>
                {agreement.map((a) => (
                  <tr key={a.scenarioId}>
                    <th scope="row">{labels.scenarioTitle(a.scenarioId)}</th>
                    <td className="num">{a.reviewed}</td>
                    <td className="num">{fixed(a.mad, 1)}</td>
                    <td className="num">{a.observed === null ? '–' : labels.percent(a.observed)}</td>
                    <td className="num">{a.kappa === null ? t('scorecards.dashboard.agreement.undefinedKappa') : a.kappa.toFixed(2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </div>
    </section>
  );
}
