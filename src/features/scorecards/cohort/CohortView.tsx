import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementByScenario, MIN_REVIEWS, type Agreement } from '../../../domain/records/agreement.ts';
import { DIMENSIONS, type AttemptRow } from '../../../domain/records/attempt.types.ts';
import { summarizeCohort } from '../../../domain/records/aggregate.ts';
import type { OverrideRecord } from '../../../storage/scorecards-records.ts';
import { ScoreBar } from '../charts/ScoreBar.tsx';
import type { DashboardScenario } from '../dashboard.types.ts';
import { DashTable } from '../DashTable.tsx';
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
    // The engine's verdict, not the one that counts: agreement compares the engine with the trainers.
    return agreementByScenario(overrides, new Map(rows.map((r) => [r.id, { passed: r.engine?.passed ?? r.passed }])), passMark);
  }, [overrides, rows, scenarios]);
  const kappaText = (a: Agreement) => {
    if (a.reviewed < MIN_REVIEWS) return t('org.agreement.tooFew', { count: a.reviewed, min: MIN_REVIEWS });
    if (a.kappa === null || a.kappaInterval === null) return t('scorecards.dashboard.agreement.undefinedKappa');
    return t('org.agreement.interval', { kappa: a.kappa.toFixed(2), low: a.kappaInterval[0].toFixed(2), high: a.kappaInterval[1].toFixed(2) });
  };
  if (c.attempts === 0 && c.excluded === 0) return <p>{t('scorecards.dashboard.attempts.none')}</p>;
  return (
    <section aria-labelledby="cohort-title" className="dash-section">
      <div className="dash-section-head">
        <h2 id="cohort-title">{t('scorecards.dashboard.tabs.cohort')}</h2>
        <p className="meta">{t('scorecards.dashboard.cohort.summary', { attempts: c.attempts, trainees: c.trainees.length })}</p>
        {c.excluded > 0 && <p className="meta">{t('org.flagged.excluded', { count: c.excluded })}</p>}
        <button type="button" className="button no-print" onClick={() => window.print()}>
          {t('scorecards.dashboard.cohort.print')}
        </button>
      </div>
      <div className="dash-grid">
        <div className="card">
          <DashTable
            caption={t('scorecards.dashboard.cohort.perScenario')}
            items={c.perScenario}
            itemKey={(s) => s.scenarioId}
            columns={[
              { header: t('scorecards.dashboard.columns.scenario'), rowHeader: true, cell: (s) => labels.scenarioTitle(s.scenarioId) },
              { header: t('scorecards.dashboard.trainee.attempts'), numeric: true, cell: (s) => s.attempts },
              { header: t('scorecards.dashboard.cohort.passRate'), numeric: true, cell: (s) => <>{labels.percent(s.passRate)} <ScoreBar value={s.passRate * 100} /></> },
              { header: t('scorecards.dashboard.cohort.average'), numeric: true, cell: (s) => <>{s.averageScore} <ScoreBar value={s.averageScore} /></> },
            ]}
          />
        </div>
        <div className="card">
          <DashTable
            caption={t('scorecards.dashboard.cohort.perSkill')}
            items={DIMENSIONS}
            itemKey={(d) => d}
            columns={[
              { header: t('scorecards.dashboard.cohort.skill'), rowHeader: true, cell: (d) => labels.dimension(d) },
              { header: t('scorecards.dashboard.cohort.average'), numeric: true, cell: (d) => <>{c.perSkill[d] ?? '–'} {c.perSkill[d] !== null && <ScoreBar value={c.perSkill[d] ?? 0} />}</> },
            ]}
          />
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
          <p className="meta">{t('org.agreement.minimum', { min: MIN_REVIEWS })}</p>
          {agreement.length === 0 ? (
            <p>{t('scorecards.dashboard.agreement.none')}</p>
          ) : (
            <DashTable
              items={agreement}
              itemKey={(a) => a.scenarioId}
              columns={[
                { header: t('scorecards.dashboard.columns.scenario'), rowHeader: true, cell: (a) => labels.scenarioTitle(a.scenarioId) },
                { header: t('scorecards.dashboard.agreement.reviewed'), numeric: true, cell: (a) => a.reviewed },
                { header: t('scorecards.dashboard.agreement.mad'), numeric: true, cell: (a) => fixed(a.mad, 1) },
                { header: t('scorecards.dashboard.agreement.observed'), numeric: true, cell: (a) => (a.observed === null ? '–' : labels.percent(a.observed)) },
                { header: t('scorecards.dashboard.agreement.kappa'), numeric: true, cell: (a) => kappaText(a) },
              ]}
            />
          )}
        </div>
      </div>
    </section>
  );
}
