import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/Loading.tsx';
import { OrgPacksNotice } from './org/OrgPacksNotice.tsx';

// The record-store settings load with this page, never with a trainee's.
const SyncPanel = lazy(() => import('../features/sync/SyncPanel.tsx').then((m) => ({ default: m.SyncPanel })));

/** Behind "For trainers": the HR scorecards, the scenario studio, and where learning records are sent. */
export function TrainersPage() {
  const { t } = useTranslation();
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
        <SyncPanel settings inline />
      </Suspense>
      <p>
        <a href="#/">{t('common.backToLibrary')}</a>
      </p>
    </div>
  );
}
