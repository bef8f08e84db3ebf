import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { scenarioOfDrill } from '../../domain/drill/drill-machine.ts';
import { difficultyOf, type Difficulty } from '../../domain/scenario/playable.ts';
import { Notice } from '../../components/Notice.tsx';
import type { Language } from '../../i18n/languages.ts';
import type { DrillStorage } from '../../storage/drill-storage.ts';
import type { DrillMode } from '../../domain/drill/drill.types.ts';
import { isEndState } from '../../domain/scenario/end-states.ts';
import { renderLines } from '../../domain/scoring/score-drill.ts';
import { buildChatLines, hintTurns } from './conversation/chat-lines.ts';
import { Transcript } from './conversation/Transcript.tsx';
import { Briefing } from './Briefing.tsx';
import { ConversationView } from './conversation/ConversationView.tsx';
import { DiagnosisForm } from './DiagnosisForm.tsx';
import { ScorecardView } from './scorecard/ScorecardView.tsx';
import type { DrillEngine } from './session/drill-engine.ts';
import type { DrillStart } from './session/use-drill-bootstrap.ts';
import { useDrillSession } from './session/use-drill-session.ts';

interface Props {
  engine: DrillEngine;
  initial: DrillStart;
  resumed: boolean;
  storage: DrillStorage;
  language: Language;
  typingDelay: (reply: string) => number;
  onStart: (mode: DrillMode, difficulty: Difficulty) => void;
  onExit: () => void;
  onRetry: () => void;
}

/** One attempt, screen by screen — the drill machine's phases: briefing → conversation → diagnosis → scorecard. */
export function DrillSessionView({ engine, initial, resumed, storage, language, typingDelay, onStart, onExit, onRetry }: Props) {
  const { t } = useTranslation();
  const session = useDrillSession({ engine, storage, initial, typingDelay });
  const { snapshot } = session;
  const { customer, meta, replies } = snapshot.context;
  const lastTurn = customer.turns.at(-1);
  const lastLine = lastTurn ? renderLines(lastTurn.customer, language) : null;
  // What the trainee meets is this play's scenario: its difficulty and the seed's name and details.
  const played = useMemo(() => ({ ...engine, scenario: scenarioOfDrill(engine.scenario, meta) }), [engine, meta]);

  if (snapshot.matches('briefing')) {
    return (
      <Briefing
        scenario={engine.scenario}
        seed={meta.seed}
        locale={language}
        mode={meta.mode}
        difficulty={difficultyOf(meta.difficulty)}
        onBack={onExit}
        onStart={(mode, difficulty) => {
          onStart(mode, difficulty);
          // The drill runs in the language chosen when it starts: the customer speaks it and the scorecard shows it.
          session.start(mode, language, difficulty);
        }}
      />
    );
  }
  if (snapshot.matches('finished') && session.attempt) {
    return (
      <>
        {session.saveFailed && <Notice tone="error" title={t('drill.errors.attemptNotSaved')} />}
        <ScorecardView
          attempt={session.attempt}
          scenario={{
            title: played.scenario.title,
            customerName: played.scenario.persona.name,
            startHostility: played.scenario.persona.startHostility,
            passMark: played.scenario.passMark,
            explode: played.scenario.thresholds.explode,
          }}
          language={language}
          onRetry={onRetry}
        />
      </>
    );
  }
  return (
    <>
      {resumed && replies.length > 0 && snapshot.matches('conversation') && customer.turn === initial.restoredTurns && (
        <div className="page resumed">
          <Notice tone="info" title={t('drill.resumed', { count: replies.length })} />
        </div>
      )}
      {snapshot.matches('diagnosis') ? (
        <div className="page narrow">
          <Notice tone="info" title={t(`drill.ended.${isEndState(customer.state) ? customer.state : 'incomplete'}` as 'drill.ended.incomplete')}>
            {lastLine && (
              <p className="last-line">
                <span className="speaker">{played.scenario.persona.name[language]}</span>
                {lastLine}
              </p>
            )}
          </Notice>
          <DiagnosisForm busy={false} onSubmit={(d) => session.finish(d)} />
          {/* The whole conversation stays readable, with practice feedback on the reply that ended it too. */}
          <Transcript
            lines={buildChatLines(played.scenario.opening, customer.turns, language, null, hintTurns(replies))}
            customerName={played.scenario.persona.name[language]}
            showFeedback={meta.mode === 'practice'}
            typing={false}
          />
        </div>
      ) : (
        <ConversationView engine={played} session={session} locale={language} />
      )}
    </>
  );
}
