import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice.tsx';
import type { Language } from '../../i18n/languages.ts';
import type { DrillStorage } from '../../storage/drill-storage.ts';
import type { DrillMode } from '../../storage/records.ts';
import { isEndState } from '../../domain/scenario/simulate-turn.ts';
import { buildChatLines, hintTurns, renderSegments } from './conversation/chat-lines.ts';
import { Transcript } from './conversation/Transcript.tsx';
import { Briefing } from './Briefing.tsx';
import { ConversationView } from './conversation/ConversationView.tsx';
import { DiagnosisForm } from './DiagnosisForm.tsx';
import { ScorecardView } from './scorecard/ScorecardView.tsx';
import type { DrillEngine } from './session/drill-engine.ts';
import type { SessionSnapshot } from './session/session.types.ts';
import { useDrillSession } from './session/use-drill-session.ts';

interface Props {
  engine: DrillEngine;
  initial: SessionSnapshot;
  resumed: boolean;
  storage: DrillStorage;
  language: Language;
  typingDelay: (reply: string) => number;
  onStart: (mode: DrillMode) => void;
  onExit: () => void;
  onRetry: () => void;
}

/** One attempt, screen by screen: briefing → conversation → diagnosis → scorecard. */
export function DrillSessionView({ engine, initial, resumed, storage, language, typingDelay, onStart, onExit, onRetry }: Props) {
  const { t } = useTranslation();
  const session = useDrillSession({ engine, storage, initial, typingDelay });
  const { phase } = session.snapshot;
  const lastTurn = session.sim.turns.at(-1);
  const lastLine = lastTurn ? renderSegments(lastTurn.customer, language) : null;

  if (phase === 'briefing') {
    return (
      <Briefing
        scenario={engine.scenario}
        locale={language}
        mode={session.snapshot.meta.mode}
        onBack={onExit}
        onStart={(mode) => {
          onStart(mode);
          session.start(mode);
        }}
      />
    );
  }
  if (phase === 'finished' && session.attempt) {
    return (
      <>
        {session.saveFailed && <Notice tone="error" title={t('drill.errors.attemptNotSaved')} />}
        <ScorecardView
          attempt={session.attempt}
          scenario={{
            title: engine.scenario.title,
            customerName: engine.scenario.persona.name,
            startHostility: engine.scenario.persona.startHostility,
            passMark: engine.scenario.passMark,
            explode: engine.scenario.thresholds.explode,
          }}
          language={language}
          onRetry={onRetry}
        />
      </>
    );
  }
  return (
    <>
      {resumed && session.snapshot.replies.length > 0 && phase === 'conversation' && (
        <div className="page resumed">
          <Notice tone="info" title={t('drill.resumed', { count: session.snapshot.replies.length })} />
        </div>
      )}
      {phase === 'diagnosis' ? (
        <div className="page narrow">
          <Notice tone="info" title={t(`drill.ended.${isEndState(session.sim.state) ? session.sim.state : 'incomplete'}`)}>
            {lastLine && (
              <p className="last-line">
                <span className="speaker">{engine.scenario.persona.name[language]}</span>
                {lastLine}
              </p>
            )}
          </Notice>
          <DiagnosisForm busy={false} onSubmit={(d) => void session.finish(d)} />
          {/* The whole conversation stays readable, with practice feedback on the reply that ended it too. */}
          <Transcript
            lines={buildChatLines(engine.scenario.opening, session.sim.turns, language, null, hintTurns(session.snapshot.replies))}
            customerName={engine.scenario.persona.name[language]}
            showFeedback={session.snapshot.meta.mode !== 'exam'}
            typing={false}
          />
        </div>
      ) : (
        <ConversationView engine={engine} session={session} locale={language} />
      )}
    </>
  );
}
