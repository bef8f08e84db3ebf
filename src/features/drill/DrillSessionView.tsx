import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { scenarioOfDrill } from '../../domain/drill/drill-machine.ts';
import { difficultyOf, type Difficulty } from '../../domain/scenario/playable.ts';
import { Notice } from '../../components/Notice.tsx';
import type { Language } from '../../i18n/languages.ts';
import type { DrillStorage } from '../../storage/drill-storage.ts';
import type { FlagsStorage } from '../../storage/flags-storage.ts';
import { FlagProvider } from './flag/flag-context.tsx';
import type { DrillMode } from '../../domain/drill/drill.types.ts';
import { isEndState } from '../../domain/scenario/end-states.ts';
import { renderLines } from '../../domain/scoring/score-drill.ts';
import { endingOf, factsUncovered } from '../../domain/scoring/drill-ending.ts';
import { turnLimitText } from './scorecard/ending-text.ts';
import { buildChatLines, hintTurns } from './conversation/chat-lines.ts';
import { Transcript } from './conversation/Transcript.tsx';
import { Briefing } from './Briefing.tsx';
import { ConversationView } from './conversation/ConversationView.tsx';
import { DiagnosisForm } from './DiagnosisForm.tsx';
import { ScorecardView } from './scorecard/ScorecardView.tsx';
import type { DrillEngine } from './session/drill-engine.ts';
import type { DrillStart } from './session/use-drill-bootstrap.ts';
import { useDrillSession } from './session/use-drill-session.ts';
import { PracticeNext } from './progress/PracticeNext.tsx';
import { usePracticeAdvice } from './progress/use-practice-advice.ts';

interface Props {
  engine: DrillEngine;
  initial: DrillStart;
  resumed: boolean;
  storage: DrillStorage;
  /** Where "I think this was misread" flags are kept; without it no flag is offered. */
  flags?: FlagsStorage;
  language: Language;
  typingDelay: (reply: string) => number;
  onStart: (mode: DrillMode, difficulty: Difficulty) => void;
  onExit: () => void;
  onRetry: () => void;
  /** The finished attempt is stored: a reload can show its scorecard. */
  onAttemptSaved?: (attemptId: string) => void;
}

/** One attempt, screen by screen — the drill machine's phases: briefing → conversation → diagnosis → scorecard. */
export function DrillSessionView({ engine, initial, resumed, storage, flags, language, typingDelay, onStart, onExit, onRetry, onAttemptSaved }: Props) {
  const { t } = useTranslation();
  const session = useDrillSession({ engine, storage, initial, typingDelay, ...(onAttemptSaved ? { onAttemptSaved } : {}) });
  const { snapshot } = session;
  const next = usePracticeAdvice(storage, session.attempt);
  const { customer, meta, replies } = snapshot.context;
  const lastTurn = customer.turns.at(-1);
  // The customer speaks the drill's language, fixed when it started (the UI's may change since).
  const lastLine = lastTurn ? renderLines(lastTurn.customer, meta.locale) : null;
  // What the trainee meets is this play's scenario: its difficulty and the seed's name and details.
  const played = useMemo(() => ({ ...engine, scenario: scenarioOfDrill(engine.scenario, meta) }), [engine, meta]);
  const analyses = useMemo(() => customer.turns.map((turn) => turn.analysis), [customer.turns]);
  const facts = factsUncovered(played.scenario, customer.turns);
  const outcome = isEndState(customer.state) ? customer.state : 'incomplete';
  const withFlags = (node: ReactNode) =>
    flags ? (
      <FlagProvider storage={flags} attempt={{ id: meta.attemptId, scenarioId: meta.scenarioId, trainee: meta.trainee, locale: meta.locale }} analyses={analyses}>
        {node}
      </FlagProvider>
    ) : (
      node
    );
  const phase = snapshot.matches('briefing') ? 'briefing' : snapshot.matches('diagnosis') ? 'diagnosis' : snapshot.matches('finished') ? 'finished' : 'conversation';
  // Each phase is a new screen: it starts at the top (the ending banner and the diagnosis, not the bottom
  // of the transcript the trainee was reading). Runs after the screen has focused its heading.
  useEffect(() => {
    if (phase !== 'briefing') window.scrollTo?.({ top: 0, behavior: 'instant' });
  }, [phase]);

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
    return withFlags(
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
            diagnosis: played.scenario.diagnosis,
          }}
          language={language}
          onRetry={onRetry}
          next={next.advice && <PracticeNext advice={next.advice} titles={next.titles} language={language} headingId="scorecard-next-title" />}
        />
      </>,
    );
  }
  return withFlags(
    <>
      {/* Until the next reply: what was restored (the replies so far, or a drill not yet answered). */}
      {resumed && snapshot.matches('conversation') && customer.turn === initial.restoredTurns && (
        <div className="page resumed">
          <Notice tone="info" title={replies.length > 0 ? t('drill.resumed', { count: replies.length }) : t('practice.drill.resumedNoReply')} />
        </div>
      )}
      {snapshot.matches('diagnosis') ? (
        <div className="page narrow">
          <Notice
            tone="info"
            title={
              turnLimitText(t, outcome, endingOf(played.scenario, customer.turns), customer.turns.length) ?? t(`drill.ended.${outcome}` as 'drill.ended.incomplete')
            }
          >
            {/* The final count, the scorecard's (drill-ending.ts): the reply that ended the drill may have told one more. */}
            {meta.mode === 'practice' && <p className="facts-final">{t('drill.ended.facts', { known: facts.found.size, total: facts.total })}</p>}
            {lastLine && (
              <p className="last-line">
                <span className="speaker">{played.scenario.persona.name[meta.locale]}</span>
                <span lang={meta.locale}>{lastLine}</span>
              </p>
            )}
          </Notice>
          <DiagnosisForm busy={false} onSubmit={(d) => session.finish(d)} />
          {/* The whole conversation stays readable, with practice feedback on the reply that ended it too. */}
          <Transcript
            lines={buildChatLines(played.scenario.opening, customer.turns, meta.locale, null, hintTurns(replies), { opening: meta.startedAt, replies: replies.map((r) => r.at) })}
            customerName={played.scenario.persona.name[meta.locale]}
            showFeedback={meta.mode === 'practice'}
            typing={false}
            lang={meta.locale}
            follow={false}
            setting={played.scenario.setting}
            {...(played.scenario.written?.subject ? { subject: played.scenario.written.subject[meta.locale] } : {})}
          />
        </div>
      ) : (
        <ConversationView engine={played} session={session} language={language} />
      )}
    </>,
  );
}
