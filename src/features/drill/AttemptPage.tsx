import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading.tsx';
import { Notice } from '../../components/Notice.tsx';
import type { Language } from '../../i18n/languages.ts';
import type { DrillStorage } from '../../storage/drill-storage.ts';
import { useScenarioCatalog } from './use-scenario-catalog.ts';
import { ScorecardView } from './scorecard/ScorecardView.tsx';
import { withReview } from '../../domain/records/final-scores.ts';
import type { OverrideRecord } from '../../storage/scorecards-records.ts';
import type { DrillAttempt } from './session/finish-attempt.ts';
import { TrainerReviewNotice } from './scorecard/TrainerReviewNotice.tsx';
import './drill.css';

interface Props {
  attemptId: string;
  language: Language;
  storage: DrillStorage;
  /** The trainee viewing: only their own attempts open. Null: an unlocked trainer, who may open any. */
  viewer: string | null;
}

/** Route `#/attempt/<id>`: a stored scorecard, for review or printing, without loading the engine. */
export function AttemptPage({ attemptId, language, storage, viewer }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ status: 'loading' } | { status: 'missing' } | { status: 'notYours' } | { status: 'ready'; attempt: DrillAttempt; reviews: OverrideRecord[] }>({ status: 'loading' });
  const catalog = useScenarioCatalog();
  const summary = useMemo(() => (state.status === 'ready' ? catalog.find((s) => s.id === state.attempt.scenarioId) : undefined), [state, catalog]);

  useEffect(() => {
    let live = true;
    storage
      .getAttempt(attemptId)
      .then(async (a) => {
        if (!a) return live && setState({ status: 'missing' });
        // Nothing of another trainee's attempt is shown, not even whether it passed.
        if (viewer !== null && a.trainee !== viewer) return live && setState({ status: 'notYours' });
        const reviews = await storage.listReviews([a.id]);
        if (live) setState({ status: 'ready', attempt: a, reviews });
      })
      .catch(() => live && setState({ status: 'missing' }));
    return () => {
      live = false;
    };
  }, [attemptId, storage, viewer]);

  if (state.status === 'loading') return <Loading label={t('common.loading')} />;
  if (state.status === 'missing' || state.status === 'notYours') {
    return (
      <div className="page narrow">
        {state.status === 'missing' ? <Notice tone="error" title={t('scorecards.missing')} /> : <Notice tone="error" title={t('org.attempt.notYours')}>{<p>{t('org.attempt.notYoursBody')}</p>}</Notice>}
        <a className="button primary" href="#/">
          {t('common.backToLibrary')}
        </a>
      </div>
    );
  }
  const { attempt, reviews } = state;
  const passMark = attempt.passMark ?? summary?.passMark ?? 0;
  const [reviewed] = withReview([attempt], reviews, () => passMark);
  const fallback = { 'zh-Hant': attempt.scenarioId, 'zh-Hans': attempt.scenarioId, en: attempt.scenarioId };
  const firstHostility = attempt.transcript[0]?.hostility ?? summary?.persona.startHostility ?? 50;
  return (
    <>
      {reviewed?.review && <TrainerReviewNotice review={reviewed.review} score={reviewed.score} passed={reviewed.passed} language={language} />}
      <ScorecardView
      attempt={attempt}
      language={language}
      {...(summary ? { retryHref: `#/drill/${summary.id}` } : {})}
      scenario={{
        title: summary?.title ?? fallback,
        customerName: summary?.persona.name ?? fallback,
        startHostility: firstHostility,
        passMark,
      }}
      />
    </>
  );
}
