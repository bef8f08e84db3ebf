import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading.tsx';
import { Notice } from '../../components/Notice.tsx';
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

const isDrillAttempt = (a: { scorecard: unknown }): a is DrillAttempt => {
  const card = (a.scorecard as { engine?: { dimensions?: unknown; turns?: unknown } } | null)?.engine;
  return typeof card?.dimensions === 'object' && Array.isArray(card.turns);
};

/** Route `#/attempt/<id>`: a stored scorecard, for review or printing, without loading the engine. */
export function AttemptPage({ attemptId, language, storage }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ status: 'loading' } | { status: 'missing' } | { status: 'ready'; attempt: DrillAttempt }>({ status: 'loading' });
  const catalog = useScenarioCatalog();
  const summary = useMemo(() => (state.status === 'ready' ? catalog.find((s) => s.id === state.attempt.scenarioId) : undefined), [state, catalog]);

  useEffect(() => {
    let live = true;
    storage
      .getAttempt(attemptId)
      .then((a) => live && setState(a && isDrillAttempt(a) ? { status: 'ready', attempt: a } : { status: 'missing' }))
      .catch(() => live && setState({ status: 'missing' }));
    return () => {
      live = false;
    };
  }, [attemptId, storage]);

  if (state.status === 'loading') return <Loading label={t('common.loading')} />;
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
