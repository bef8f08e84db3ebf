import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading.tsx';
import { Notice } from '../../components/Notice.tsx';
import { engineScorecardSchema } from '../../domain/records/bundle.ts';
import type { Language } from '../../i18n/languages.ts';
import type { DrillStorage } from '../../storage/drill-storage.ts';
import { useScenarioCatalog } from './use-scenario-catalog.ts';
import { ScorecardView } from './scorecard/ScorecardView.tsx';
import type { DrillAttempt } from './session/finish-attempt.ts';
import './drill.css';

interface Props {
  attemptId: string;
  language: Language;
  storage: DrillStorage;
}

/**
 * Where a stored attempt's scorecard breaks the shape the page reads (null: it can be shown). A record
 * imported before bundles were checked, or edited, is refused here rather than crashing the page.
 */
function damagedField(a: { scorecard: unknown }): string | null {
  const result = engineScorecardSchema.safeParse((a.scorecard as { engine?: unknown } | null)?.engine);
  if (result.success) return null;
  const path = result.error.issues[0]?.path ?? [];
  return ['scorecard', 'engine', ...path].map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').slice(1);
}

/** Route `#/attempt/<id>`: a stored scorecard, for review or printing, without loading the engine. */
export function AttemptPage({ attemptId, language, storage }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ status: 'loading' } | { status: 'missing' } | { status: 'damaged'; field: string } | { status: 'ready'; attempt: DrillAttempt }>({ status: 'loading' });
  const catalog = useScenarioCatalog();
  const summary = useMemo(() => (state.status === 'ready' ? catalog.find((s) => s.id === state.attempt.scenarioId) : undefined), [state, catalog]);

  useEffect(() => {
    let live = true;
    storage
      .getAttempt(attemptId)
      .then((a) => {
        if (!live) return;
        const field = a ? damagedField(a) : null;
        setState(!a ? { status: 'missing' } : field !== null ? { status: 'damaged', field } : { status: 'ready', attempt: a as DrillAttempt });
      })
      .catch(() => live && setState({ status: 'missing' }));
    return () => {
      live = false;
    };
  }, [attemptId, storage]);

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
  if (state.status === 'missing') {
    return (
      <div className="page narrow">
        <Notice tone="error" title={t('scorecards.missing')} />
        <a className="button primary" href="#/">
          {t('common.backToLibrary')}
        </a>
      </div>
    );
  }
  const { attempt } = state;
  const fallback = { 'zh-Hant': attempt.scenarioId, 'zh-Hans': attempt.scenarioId, en: attempt.scenarioId };
  const firstHostility = attempt.transcript[0]?.hostility ?? summary?.persona.startHostility ?? 50;
  return (
    <ScorecardView
      attempt={attempt}
      language={language}
      {...(summary ? { retryHref: `#/drill/${summary.id}` } : {})}
      scenario={{
        title: summary?.title ?? fallback,
        customerName: summary?.persona.name ?? fallback,
        startHostility: firstHostility,
        passMark: summary?.passMark ?? 0,
      }}
    />
  );
}
