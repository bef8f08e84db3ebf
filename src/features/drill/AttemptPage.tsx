import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading.tsx';
import { Notice } from '../../components/Notice.tsx';
import { StoredScorecardSchema } from '../../domain/records/schemas/scorecard.schema.ts';
import { issuePath } from '../../domain/records/schemas/record-refused.ts';
import { StorageError } from '../../storage/storage-errors.ts';
import type { Language } from '../../i18n/languages.ts';
import type { DrillStorage } from '../../storage/drill-storage.ts';
import type { FlagsStorage } from '../../storage/flags-storage.ts';
import { FlagProvider } from './flag/flag-context.tsx';
import { useScenarioCatalog } from './use-scenario-catalog.ts';
import { ScorecardView } from './scorecard/ScorecardView.tsx';
import { withReview } from '../../domain/records/with-review.ts';
import type { OverrideRecord } from '../../storage/scorecards-records.ts';
import type { DrillAttempt } from './session/finish-attempt.ts';
import { TrainerReviewNotice } from './scorecard/TrainerReviewNotice.tsx';
import './drill.css';

interface Props {
  attemptId: string;
  language: Language;
  storage: DrillStorage;
  /** The trainee's own scorecard offers "I think this was misread" on each turn; a trainer's view passes none. */
  flags?: FlagsStorage;
  /** The trainee viewing: only their own attempts open. Null: an unlocked trainer, who may open any. */
  viewer: string | null;
}

/**
 * Where a stored attempt's scorecard breaks the shape the page reads (null: it can be shown). A record
 * imported before bundles were checked, or edited, is refused here rather than crashing the page.
 */
function damagedField(a: { scorecard: unknown }): string | null {
  const result = StoredScorecardSchema.safeParse(a.scorecard);
  if (result.success) return null;
  return `scorecard.${issuePath(result.error.issues[0]?.path ?? [])}`;
}

/** The field a storage refusal names (`field "scorecard.engine.turns[1]": …`), when it names one. */
const refusedField = (error: unknown) => (error instanceof StorageError && error.kind === 'corrupt' ? (/field "([^"]{1,200})"/.exec(error.message)?.[1] ?? null) : null);

/** Route `#/attempt/<id>`: a stored scorecard, for review or printing, without loading the engine. */
export function AttemptPage({ attemptId, language, storage, flags, viewer }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<
    { status: 'loading' } | { status: 'missing' } | { status: 'notYours' } | { status: 'damaged'; field: string } | { status: 'ready'; attempt: DrillAttempt; reviews: OverrideRecord[] }
  >({ status: 'loading' });
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
        const field = damagedField(a);
        if (field !== null) return live && setState({ status: 'damaged', field });
        const reviews = await storage.listReviews([a.id]);
        if (live) setState({ status: 'ready', attempt: a, reviews });
      })
      .catch((error: unknown) => {
        const field = refusedField(error);
        if (live) setState(field !== null ? { status: 'damaged', field } : { status: 'missing' });
      });
    return () => {
      live = false;
    };
  }, [attemptId, storage, viewer]);

  if (state.status === 'loading') return <Loading label={t('common.loading')} />;
  if (state.status === 'damaged') {
    return (
      <div className="page narrow">
        <Notice tone="error" title={t('guard.damagedScorecard.title')}>
          <p>{t('guard.damagedScorecard.text')}</p>
          <p>
            <code>{state.field}</code>
          </p>
        </Notice>
        <a className="button primary" href="#/">
          {t('common.backToLibrary')}
        </a>
      </div>
    );
  }
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
  const view = (
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
  return flags ? (
    <FlagProvider storage={flags} attempt={{ id: attempt.id, scenarioId: attempt.scenarioId, trainee: attempt.trainee, locale: attempt.locale }}>
      {view}
    </FlagProvider>
  ) : (
    view
  );
}
