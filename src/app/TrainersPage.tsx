import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/Loading.tsx';
import { useScenarioCatalog } from '../features/drill/use-scenario-catalog.ts';
import { languageOr } from '../i18n/languages.ts';
import { useOrg } from './org/org-config.ts';
import { OrgPacksNotice } from './org/OrgPacksNotice.tsx';
import { reloadOrgScenarios } from './org/org-packs.ts';
import { useTrainerSession } from './trainer-access/trainer-session.ts';
import { basicAuthHeader } from '../lrs/activity-profile.ts';
import { useLrsSettings } from '../lrs/lrs-settings.ts';
import { useShallow } from 'zustand/react/shallow';

// The record-store settings load with this page, never with a trainee's.
const SyncPanel = lazy(() => import('../features/sync/SyncPanel.tsx').then((m) => ({ default: m.SyncPanel })));
// The groups and assignments form: with this page only.
const GroupsPanel = lazy(() => import('../features/groups/GroupsPanel.tsx').then((m) => ({ default: m.GroupsPanel })));
const StorePublish = lazy(() => import('../features/groups/StorePublish.tsx').then((m) => ({ default: m.StorePublish })));

/** Behind "For trainers": the HR scorecards, the scenario studio, and where learning records are sent. */
export function TrainersPage() {
  const { t, i18n } = useTranslation();
  const language = languageOr(i18n.language);
  // Every scenario a trainer can assign: shipped, the organisation's packs, published on this device —
  // read again once a pack published to the record store below has been read back and checked.
  const [packsRead, setPacksRead] = useState(0);
  const catalog = useScenarioCatalog(packsRead);
  const packPublished = useCallback(() => void reloadOrgScenarios().then(() => setPacksRead((n) => n + 1)), []);
  const scenarios = useMemo(() => catalog.map((s) => ({ id: s.id, title: s.title[language] })), [catalog, language]);
  const org = useOrg();
  const configured = useMemo(
    () => (org.status === 'ready' ? { groups: org.config.groups ?? [], assignmentIds: (org.config.assignments ?? []).map((a) => a.id) } : { groups: [], assignmentIds: [] }),
    [org],
  );
  const trainer = useTrainerSession((s) => s.trainer?.name ?? null);
  // Where published documents go: this device's record store (the settings below).
  const lrs = useLrsSettings(useShallow((s) => ({ endpoint: s.endpoint, key: s.key, secret: s.secret })));
  const store = useMemo(() => (lrs.endpoint ? { endpoint: lrs.endpoint, auth: basicAuthHeader(lrs.key, lrs.secret) } : null), [lrs]);
  return (
    <div className="page trainers">
      <h1>{t('practice.trainers.title')}</h1>
      <p className="lead">{t('practice.trainers.intro')}</p>
      <OrgPacksNotice />
      <ul className="trainer-tools">
        <li className="card">
          <h2>{t('access.dashboardLink')}</h2>
          <p>{t('practice.trainers.scorecards')}</p>
          <a className="button primary" href="#/scorecards">
            {t('practice.trainers.openScorecards')}
          </a>
        </li>
        <li className="card">
          <h2>{t('misread.queue.title')}</h2>
          <p>{t('misread.queue.trainersCard')}</p>
          <a className="button primary" href="#/scorecards/misread">
            {t('misread.queue.openQueue')}
          </a>
        </li>
        <li className="card">
          <h2>{t('studio.nav.link')}</h2>
          <p>{t('practice.trainers.studio')}</p>
          <a className="button primary" href="#/studio">
            {t('practice.trainers.openStudio')}
          </a>
        </li>
      </ul>
      <Suspense fallback={<Loading label={t('common.loading')} />}>
        <GroupsPanel scenarios={scenarios} configured={configured} language={language} trainer={trainer} />
        <StorePublish orgId={org.status === 'ready' ? org.config.organisation.id : null} store={store} onPackPublished={packPublished} />
      </Suspense>
      <Suspense fallback={<Loading label={t('common.loading')} />}>
        <SyncPanel settings inline />
      </Suspense>
      <p>
        <a href="#/">{t('common.backToLibrary')}</a>
      </p>
    </div>
  );
}
