import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading.tsx';
import { MotionProvider } from '../../components/MotionProvider.tsx';
import { Notice } from '../../components/Notice.tsx';
import type { Language } from '../../i18n/languages.ts';
import type { DrillStorage } from '../../storage/drill-storage.ts';
import type { FlagsStorage } from '../../storage/flags-storage.ts';
import type { DrillMode } from '../../storage/records.ts';
import { DrillSessionView } from './DrillSessionView.tsx';
import { SetAsideNotices } from './SetAsideNotice.tsx';
import { useDrillBootstrap } from './session/use-drill-bootstrap.ts';
import './drill.css';

export interface DrillPageProps {
  scenarioId: string;
  trainee: string;
  language: Language;
  mode: DrillMode;
  onModeChange: (mode: DrillMode) => void;
  storage: DrillStorage;
  /** Where "I think this was misread" flags are kept (the app wraps it to report them); none: no flags offered. */
  flags?: FlagsStorage;
  onExit: () => void;
  /**
   * The finished attempt is stored (the app then points the address at its scorecard, so a reload shows
   * it), and "try again" starts a new one (the address goes back to the drill).
   */
  onAttemptSaved?: (attemptId: string) => void;
  onNewAttempt?: () => void;
  /** Customer "typing" time per reply in ms (tests pass 0). */
  typingDelay?: (reply: string) => number;
  /** Fixes the seed of a new attempt's customer line variants (tests); a random one otherwise. */
  seed?: number;
}

const defaultDelay = (reply: string) => 700 + Math.min(1100, reply.length * 10);

/** Route `#/drill/<id>`: loads the scenario (code-split with the engine) and runs one attempt at a time. */
export function DrillPage({ scenarioId, trainee, language, mode, onModeChange, storage, flags, onExit, onAttemptSaved, onNewAttempt, typingDelay = defaultDelay, seed }: DrillPageProps) {
  const { t } = useTranslation();
  const [run, setRun] = useState(0);
  const boot = useDrillBootstrap({ scenarioId, trainee, locale: language, mode, storage, run, ...(seed !== undefined ? { seed } : {}) });

  if (boot.status === 'loading') return <Loading label={t('drill.loading')} />;
  if (boot.status !== 'ready') {
    return (
      <div className="page narrow">
        <Notice tone="error" title={boot.status === 'not-found' ? t('drill.errors.notFound', { id: scenarioId }) : t('drill.errors.invalid')}>
          {boot.status === 'invalid' && <p className="detail">{boot.message}</p>}
        </Notice>
        <a className="button primary" href="#/">
          {t('common.backToLibrary')}
        </a>
      </div>
    );
  }
  return (
    <MotionProvider>
      <SetAsideNotices drills={boot.setAside} title={boot.engine.scenario.title[language] || scenarioId} storage={storage} />
      <DrillSessionView
        key={`${boot.initial.meta.attemptId}`}
        engine={boot.engine}
        initial={boot.initial}
        resumed={boot.resumed}
        storage={storage}
        {...(flags ? { flags } : {})}
        language={language}
        typingDelay={typingDelay}
        onStart={onModeChange}
        onExit={onExit}
        onRetry={() => {
          setRun((n) => n + 1);
          onNewAttempt?.();
        }}
        {...(onAttemptSaved ? { onAttemptSaved } : {})}
      />
    </MotionProvider>
  );
}
