import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { Loading } from '../components/Loading.tsx';
import { Notice } from '../components/Notice.tsx';
import { TraineeForm } from '../components/TraineeForm.tsx';
import { LibraryScreen } from '../features/drill/library/LibraryScreen.tsx';
import { languageOr, type Language } from '../i18n/languages.ts';
import { loadDeferredStrings, loadLanguage } from '../i18n/setup.ts';
import { hasLrs } from '../lrs/lrs-settings.ts';
import { loadScenarioJson } from '../features/drill/scenario-catalog.ts';
import { useScenarioCatalog } from '../features/drill/use-scenario-catalog.ts';
import { useLmsSession } from '../lms/lms-session.ts';
import { loadDrillStorage, loadFlagsStorage, loadScorecardsStorage, loadStudioStorage } from '../storage/load-storage.ts';
import { AppHeader } from './AppHeader.tsx';
import { withAttemptReporting } from './report-attempts.ts';
import { MAX_TRAINEE_LENGTH } from './launch-params.ts';
import { usePreferences } from './preferences-store.ts';
import { routeHref, type Route } from './routes.ts';
import { StorageBanner } from './StorageBanner.tsx';
import { ensureOrgConfig, useOrg } from './org/org-config.ts';
import { assignmentsFor } from '../domain/org/assignments.ts';
import { mergePlans } from '../domain/org/plan.ts';
import { usePlan } from '../features/groups/plan-store.ts';
import { useShallow } from 'zustand/react/shallow';
import { loadOrgScenarios, useStoreAssignments } from './org/org-packs.ts';
import { setOrgScenarioSource } from '../features/drill/org-scenarios.ts';
import { OrgStatus } from './org/OrgStatus.tsx';
import { useTrainerSession } from './trainer-access/trainer-session.ts';
import { navigate, useHashRoute } from './use-hash-route.ts';
import { useRouteFocus } from './use-route-focus.ts';

// Misread flags, reported to the LRS once stored; the wrapper loads with the pages that offer flags.
const loadReportedFlags = () => Promise.all([loadFlagsStorage(), import('./report-flags.ts')]).then(([storage, m]) => m.withFlagReporting(storage));

// Route-level splitting: the engine, the classifier and opencc load with these, never with the library.
// Storage (Dexie) resolves with them, so the pages receive a ready DrillStorage.
const DrillPage = lazy(async () => {
  const [{ DrillPage: Page }, storage, flags] = await Promise.all([
    import('../features/drill/DrillPage.tsx'),
    loadDrillStorage().then(withAttemptReporting),
    loadReportedFlags(),
    loadDeferredStrings(),
  ]);
  return { default: (props: Omit<ComponentProps<typeof Page>, 'storage' | 'flags'>) => <Page {...props} storage={storage} flags={flags} /> };
});
// A stored scorecard. The trainee's own (`offerFlags`) offers "I think this was misread" on each turn; a
// trainer's view of it does not.
const AttemptPage = lazy(async () => {
  const [{ AttemptPage: Page }, storage, flags] = await Promise.all([import('../features/drill/AttemptPage.tsx'), loadDrillStorage(), loadReportedFlags(), loadDeferredStrings()]);
  return {
    default: ({ offerFlags, ...props }: Omit<ComponentProps<typeof Page>, 'storage' | 'flags'> & { offerFlags?: boolean }) => <Page {...props} storage={storage} {...(offerFlags ? { flags } : {})} />,
  };
});

// The trainer studio: CodeMirror, the graph and the drill view it previews in load with this chunk only.
const StudioPage = lazy(async () => {
  const [{ StudioPage: Page }, { StudioPreview }, storage, packs] = await Promise.all([
    import('../features/studio/StudioPage.tsx'),
    import('./StudioPreview.tsx'),
    loadStudioStorage(),
    // The organisation's pack scenarios: an id of theirs cannot be published again from the studio.
    loadOrgScenarios().catch(() => []),
    loadDeferredStrings(),
  ]);
  const packIds = new Map(packs.map((s) => [s.id, s.pack]));
  return { default: () => <Page storage={storage} PreviewView={StudioPreview} packIds={packIds} /> };
});

// The HR dashboard: its own chunk (virtualiser, charts, records code); the engine loads only to re-score imports.
const ScorecardsPage = lazy(async () => {
  const [{ ScorecardsPage: Page }, storage] = await Promise.all([import('../features/scorecards/ScorecardsPage.tsx'), loadScorecardsStorage(), loadDeferredStrings()]);
  return { default: (props: Omit<ComponentProps<typeof Page>, 'storage'>) => <Page {...props} storage={storage} /> };
});
// Leaving a cmi5 session: the panel and its strings, fetched once a cmi5 session starts (before any exit,
// so they are there when the network is not); ordinary visits never load them.
const loadExitPanel = () => Promise.all([import('./LmsExitPanel.tsx'), loadDeferredStrings()]).then(([m]) => ({ default: m.LmsExitPanel }));
const LmsExitPanel = lazy(loadExitPanel);
// "For trainers": the way into the trainer and HR tools, and the record-store settings.
const TrainersPage = lazy(() => Promise.all([import('./TrainersPage.tsx'), loadDeferredStrings()]).then(([m]) => ({ default: m.TrainersPage })));
// The trainer gate (its PBKDF2 code and its strings) loads only when a trainer area is opened.
const TrainerGate = lazy(() => Promise.all([import('./trainer-access/TrainerGate.tsx'), loadDeferredStrings()]).then(([m]) => ({ default: m.TrainerGate })));

// The organisation's packs join every scenario list (library, drill, dashboard, re-scoring) on this device.
setOrgScenarioSource(loadOrgScenarios);

/** Routes for trainers and HR: they open without a trainee name. */
const TRAINER_ROUTES: ReadonlySet<Route['name']> = new Set(['studio', 'scorecards']);

export function App() {
  const { t, i18n } = useTranslation();
  const address = useHashRoute();
  // A drill just finished: the address is its scorecard's (a reload shows that), while the drill's own
  // scorecard, with "try again" and what to practise next, stays on screen.
  const [finished, setFinished] = useState<{ scenarioId: string; attemptId: string } | null>(null);
  const route: Route = address.name === 'attempt' && finished?.attemptId === address.attemptId ? { name: 'drill', scenarioId: finished.scenarioId } : address;
  // Any other address (the library, the same drill again from "practise next", Back) leaves that
  // scorecard: the drill there starts afresh (a new mount), and Back to the scorecard shows the stored one.
  const [visit, setVisit] = useState({ href: routeHref(address), n: 0 });
  if (visit.href !== routeHref(address)) {
    const leaving = finished !== null && route === address;
    setVisit({ href: routeHref(address), n: visit.n + (leaving ? 1 : 0) });
    if (leaving) setFinished(null);
  }
  const { trainee, mode, setTrainee, setLanguage, setMode } = usePreferences();
  const [editingTrainee, setEditingTrainee] = useState(false);
  const unlocked = useTrainerSession((s) => s.trainer);
  // The trainee's assignments: the organisation's groups that list them (by the config, on every device).
  const org = useOrg();
  // With them, the groups and assignments a trainer made on this device (the trainers page's form).
  const localPlan = usePlan(useShallow((s) => ({ groups: s.groups, assignments: s.assignments })));
  // And those published in the organisation's record store (read with its packs, when this device has one).
  const storePlan = useStoreAssignments();
  useEffect(() => void loadOrgScenarios(), []);
  const plan = useMemo(() => mergePlans(mergePlans(org.status === 'ready' ? org.config : {}, storePlan), localPlan), [org, storePlan, localPlan]);
  const assigned = useMemo(() => (trainee ? assignmentsFor(trainee, plan.groups, plan.assignments) : []), [plan, trainee]);
  useEffect(() => void ensureOrgConfig(), []);
  // Leaving a cmi5 session (or a reload after it): the page says where that stands and offers nothing else.
  const lmsExit = useLmsSession((s) => s.exit);
  const canExitLms = useLmsSession((s) => s.session?.exit !== undefined);
  useEffect(() => {
    if (canExitLms) void loadExitPanel().catch(() => undefined);
  }, [canExitLms]);
  const language: Language = languageOr(i18n.language);
  const mainRef = useRouteFocus(routeHref(route));
  // The name form closing (saved or cancelled) replaces the page as a route change does: focus moves to the main
  // region, not back to the document, so a keyboard user goes on from the top of the library.
  const formClosing = useRef(false);
  const showsTraineeForm = editingTrainee || (!trainee && !TRAINER_ROUTES.has(route.name));
  useEffect(() => {
    if (formClosing.current && !showsTraineeForm) {
      formClosing.current = false;
      mainRef.current?.focus();
    }
  });
  // The dashboard's scenario list: shipped and studio-published, read when the dashboard is opened (the
  // library and the stored scorecard read their own).
  const catalog = useScenarioCatalog(route.name, route.name === 'scorecards');
  const dashboardScenarios = useMemo(() => catalog.map((s) => ({ id: s.id, title: s.title, passMark: s.passMark })), [catalog]);

  // The first visit carries one language's strings: the chosen one's arrive before the switch.
  const changeLanguage = (next: Language) => {
    void loadLanguage(next, i18n).then(() => {
      setLanguage(next);
      return i18n.changeLanguage(next);
    });
  };

  const traineeForm = (
    <TraineeForm
      heading={t('common.trainee.heading')}
      intro={t('common.trainee.intro')}
      label={t('common.trainee.label')}
      hint={t('common.trainee.hint')}
      submitLabel={t('common.trainee.save')}
      initial={trainee ?? ''}
      maxLength={MAX_TRAINEE_LENGTH}
      onSubmit={(value) => {
        formClosing.current = true;
        setTrainee(value);
        setEditingTrainee(false);
      }}
      {...(trainee ? { cancel: { label: t('common.cancel'), onClick: () => ((formClosing.current = true), setEditingTrainee(false)) } } : {})}
    />
  );

  let content;
  if (lmsExit.step !== 'idle') {
    content = <LmsExitPanel exit={lmsExit} />;
  } else if (route.name === 'trainers') {
    // Unlocking needs no trainee's name. The same unlock as the studio's and the scorecards': the
    // organisation's passcode, or this device's explicit set-up for a trainer (never the first visitor).
    content = (
      <TrainerGate loadStore={loadScorecardsStorage}>
        <TrainersPage />
      </TrainerGate>
    );
  } else if (showsTraineeForm) {
    // Trainers and HR reach the studio and the dashboard without a trainee name (issue 17); trainees still name themselves first.
    content = <div className="page narrow">{traineeForm}</div>;
  } else if (route.name === 'library' && trainee) {
    content = <LibraryScreen trainee={trainee} language={language} loadStorage={loadDrillStorage} assigned={assigned} />;
  } else if (route.name === 'drill' && trainee) {
    content = (
      <DrillPage
        key={`${route.scenarioId}:${trainee}:${visit.n}`}
        scenarioId={route.scenarioId}
        trainee={trainee}
        language={language}
        mode={mode}
        onModeChange={setMode}
        onExit={() => navigate('#/')}
        onAttemptSaved={(attemptId) => {
          window.history.replaceState(window.history.state, '', routeHref({ name: 'attempt', attemptId }));
          setFinished({ scenarioId: route.scenarioId, attemptId });
        }}
        onNewAttempt={() => {
          window.history.replaceState(window.history.state, '', routeHref(route));
          setFinished(null);
        }}
      />
    );
  } else if (route.name === 'studio') {
    // Trainer area: behind the same unlock as the scorecards, from the first visit on.
    content = (
      <TrainerGate loadStore={loadScorecardsStorage}>
        <StudioPage />
      </TrainerGate>
    );
  } else if (route.name === 'scorecards') {
    content = (
      <TrainerGate loadStore={loadScorecardsStorage}>
        <ScorecardsPage
          view={route.view}
          scenarios={dashboardScenarios}
          loadScenario={loadScenarioJson}
          language={language}
          reviewer={unlocked ?? { name: trainee ?? '', kind: 'device' }}
          loadFlags={loadFlagsStorage}
          {...(plan.assignments.length > 0 ? { assignments: { groups: plan.groups, list: plan.assignments } } : {})}
          // The drill's own scorecard view, composed here: features never import each other.
          renderScorecard={(attemptId) => <AttemptPage attemptId={attemptId} language={language} viewer={null} />}
          // Every device's attempts, when an LRS is configured (scores only; the client loads on use).
          {...(hasLrs() ? { loadRemote: () => import('../lrs/read-attempts.ts').then((m) => m.readAttemptsFromLrs().catch((e: unknown) => Promise.reject(new Error(t(`sync.problem.${m.readProblem(e).kind}`))))) } : {})}
        />
      </TrainerGate>
    );
  } else if (route.name === 'attempt') {
    // A trainee sees only their own attempts (and may flag a misread turn); an unlocked trainer sees any.
    content = <AttemptPage attemptId={route.attemptId} language={language} viewer={unlocked ? null : trainee} offerFlags />;
  } else {
    content = (
      <div className="page narrow card">
        <h1>{t('common.notFound.title')}</h1>
        <p>{t('common.notFound.body')}</p>
        <a className="button primary" href="#/">
          {t('common.backToLibrary')}
        </a>
      </div>
    );
  }

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), mainRef.current?.focus())}>
        {t('common.skipToContent')}
      </a>
      <AppHeader language={language} trainee={trainee} onLanguage={changeLanguage} onChangeTrainee={() => setEditingTrainee(true)} />
      <StorageBanner />
      <OrgStatus />
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <ErrorBoundary
          resetKey={routeHref(route)}
          fallback={(error) => (
            <div className="page narrow">
              <Notice tone="error" title={t('common.crash.title')}>
                <p>{t('common.crash.body')}</p>
                <p className="detail">{error.message}</p>
              </Notice>
              <button type="button" className="button primary" onClick={() => window.location.reload()}>
                {t('common.crash.reload')}
              </button>
            </div>
          )}
        >
          <Suspense fallback={<Loading label={t('common.loading')} />}>{content}</Suspense>
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>{t('common.footer')}</p>
      </footer>
    </>
  );
}
