import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading.tsx';
import { Notice } from '../../components/Notice.tsx';
import type { Language } from '../../i18n/languages.ts';
import type { FlagsStorage } from '../../storage/flags-storage.ts';
import type { ScorecardsStorage } from '../../storage/scorecards-storage.ts';
import { AssignmentsView } from './assignments/AssignmentsView.tsx';
import { AttemptsView } from './attempts/AttemptsView.tsx';
import { CohortView } from './cohort/CohortView.tsx';
import { dashboardHref, type DashboardAssignments, type DashboardScenario, type DashboardView, type RemoteAttempt, type Reviewer } from './dashboard.types.ts';
import { AttemptReview } from './review/AttemptReview.tsx';
import { TraineeView } from './trainee/TraineeView.tsx';
import { TransferView } from './transfer/TransferView.tsx';
import { useDashboardData } from './use-dashboard-data.ts';
import { useLabels } from './use-labels.ts';
import './scorecards.css';

interface Props {
  view: DashboardView;
  storage: ScorecardsStorage;
  scenarios: readonly DashboardScenario[];
  /** Raw scenario JSON by id (for re-scoring imports); null when unknown. */
  loadScenario: (id: string) => Promise<unknown | null>;
  language: Language;
  /** Default name for trainer reviews (the signed-in name). */
  reviewer: Reviewer;
  /** Trainees' misread flags (the review queue, and the bundle's flags); without it the queue is not offered. */
  loadFlags?: () => Promise<FlagsStorage>;
  /** The full scorecard of an attempt, as the trainee saw it (composed by the app). */
  renderScorecard: (attemptId: string) => ReactNode;
  /** Reads attempts from the learning record store (every device's), when the app has one configured. */
  loadRemote?: () => Promise<RemoteAttempt[]>;
  /** The organisation's assignments; without any the view is not offered. */
  assignments?: DashboardAssignments;
}

const TABS = ['attempts', 'trainee', 'cohort', 'transfer'] as const;

// Trainees' misread flags: their own chunk (and the reader, for flags sent from a stored scorecard).
const MisreadView = lazy(() => import('./misread/MisreadView.tsx').then((m) => ({ default: m.MisreadView })));

/** Route `#/scorecards…`: the HR dashboard. */
export function ScorecardsPage({ view, storage, scenarios, loadScenario, language, reviewer, renderScorecard, loadRemote, loadFlags, assignments }: Props) {
  const { t } = useTranslation();
  const data = useDashboardData(storage, scenarios, reviewer.signer !== undefined);
  const labels = useLabels(scenarios, language);
  const trainees = useMemo(() => [...new Set(data.rows.map((r) => r.trainee))].sort((a, b) => a.localeCompare(b)), [data.rows]);
  const [picked, setPicked] = useState('');
  const trainee = trainees.includes(picked) ? picked : (trainees[0] ?? '');

  let body: ReactNode;
  if (data.status === 'loading') body = <Loading label={t('common.loading')} />;
  else if (data.status === 'error') body = <Notice tone="error" title={t('scorecards.dashboard.loadFailed')} />;
  else if (view.name === 'attempt')
    body = (
      <AttemptReview
        attemptId={view.attemptId}
        attempt={data.byId.get(view.attemptId)}
        mark={data.marks.get(view.attemptId)}
        overrides={data.overrides}
        storage={storage}
        reviewer={reviewer}
        passMark={(id) => scenarios.find((s) => s.id === id)?.passMark ?? 70}
        labels={labels}
        onChanged={data.reload}
        renderScorecard={renderScorecard}
      />
    );
  else if (view.name === 'trainee') body = <TraineeView rows={data.rows} trainee={trainee} trainees={trainees} onTrainee={setPicked} labels={labels} />;
  else if (view.name === 'cohort') body = <CohortView rows={data.rows} overrides={data.overrides} scenarios={scenarios} labels={labels} />;
  else if (view.name === 'misread' && loadFlags)
    body = (
      <Suspense fallback={<Loading label={t('common.loading')} />}>
        <MisreadView loadStorage={loadFlags} reviewer={reviewer.name} scenarioTitle={labels.scenarioTitle} date={labels.date} />
      </Suspense>
    );
  else if (view.name === 'assignments' && assignments) body = <AssignmentsView rows={data.rows} assignments={assignments} labels={labels} language={language} />;
  else if (view.name === 'transfer')
    body = <TransferView attempts={data.attempts} overrides={data.overrides} storage={storage} loadScenario={loadScenario} onImported={data.reload} signer={reviewer.signer} {...(loadFlags ? { loadFlags } : {})} />;
  else
    body = (
      <AttemptsView
        rows={data.rows}
        scenarios={scenarios}
        labels={labels}
        marks={data.marks}
        {...(loadRemote ? { loadRemote: () => loadRemote().then((a) => (data.addRemote(a), a.length)) } : {})}
      />
    );

  return (
    <div className="page dashboard">
      {view.name !== 'attempt' && (
        <>
          <h1>{t('scorecards.dashboard.title')}</h1>
          <nav className="dash-tabs no-print" aria-label={t('scorecards.dashboard.tabs.label')}>
            {TABS.map((tab) => (
              <a key={tab} href={dashboardHref({ name: tab })} aria-current={view.name === tab ? 'page' : undefined} className={view.name === tab ? 'active' : ''}>
                {t(`scorecards.dashboard.tabs.${tab}`)}
              </a>
            ))}
            {assignments && (
              <a href={dashboardHref({ name: 'assignments' })} aria-current={view.name === 'assignments' ? 'page' : undefined} className={view.name === 'assignments' ? 'active' : ''}>
                {t('scorecards.dashboard.tabs.assignments')}
              </a>
            )}
            {loadFlags && (
              <a href={dashboardHref({ name: 'misread' })} aria-current={view.name === 'misread' ? 'page' : undefined} className={view.name === 'misread' ? 'active' : ''}>
                {t('misread.queue.tab')}
              </a>
            )}
          </nav>
          {data.refused > 0 && <Notice tone="error" title={t('scorecards.dashboard.refusedRecords', { count: data.refused })} />}
        </>
      )}
      {body}
    </div>
  );
}
