import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { slowAfter } from '../../../domain/customer/pace.ts';
import { guidedOptions } from '../../../domain/drill/guided-options.ts';
import { modelAnswerFinder } from '../../../domain/drill/better-phrasing.ts';
import { factsUncovered } from '../../../domain/scoring/drill-ending.ts';
import type { Locale } from '../../../domain/reply/reply.types.ts';
import type { DrillSession } from '../session/use-drill-session.ts';
import type { DrillEngine } from '../session/drill-engine.ts';
import { buildChatLines, hintTurns } from './chat-lines.ts';
import { CustomerAvatar } from './CustomerAvatar.tsx';
import { EndDrillButton } from './EndDrillButton.tsx';
import { GuidedChoices } from './GuidedChoices.tsx';
import { HostilityMeter } from './HostilityMeter.tsx';
import { ReplyBox } from './ReplyBox.tsx';
import { Transcript } from './Transcript.tsx';

interface Props {
  engine: DrillEngine;
  session: DrillSession;
  /** The UI's language (labels); the customer speaks the drill's own language, fixed when it started. */
  language: Locale;
}

/** The conversation: the customer (face, hostility), the transcript, and the trainee's reply. */
export function ConversationView({ engine, session, language }: Props) {
  const { t } = useTranslation();
  const { scenario } = engine;
  const { snapshot, answering } = session;
  const { customer, meta, replies, hintShown } = snapshot.context;
  const mode = meta.mode;
  // Everything the customer says, and the scenario's own words, stay in the drill's language: a language
  // switch mid-drill changes the labels only, so the transcript, the scorecard and the replay agree.
  const locale = meta.locale;
  const hintRef = useRef<HTMLDivElement>(null);
  // The hint button disables itself once used: focus moves to the model answer it revealed.
  useEffect(() => {
    if (hintShown) hintRef.current?.focus({ preventScroll: false });
  }, [hintShown]);
  const name = scenario.persona.name[locale];
  const hints = useMemo(() => hintTurns(replies), [replies]);
  // While the customer is "typing", the last reply shows and their answer waits.
  const times = useMemo(() => ({ opening: meta.startedAt, replies: replies.map((r) => r.at) }), [meta.startedAt, replies]);
  // Practice feedback's better phrasings for harmful moves prefer the scenario's own model answers (each read once).
  const find = useMemo(() => (mode === 'practice' ? modelAnswerFinder(scenario, engine.read) : undefined), [mode, scenario, engine.read]);
  const lines = buildChatLines(scenario.opening, answering ? customer.turns.slice(0, -1) : customer.turns, locale, answering ? (customer.turns.at(-1)?.reply ?? null) : null, hints, times, find);
  const { setting } = scenario;
  const subject = scenario.written?.subject?.[locale];
  const written = setting === 'chat' || setting === 'email' ? { setting, customerName: name, locale, waitingSince: session.waitingSince, slowAfter: slowAfter(scenario) ?? 60 } : undefined;
  const lastTurn = answering ? customer.turns.at(-2) : customer.turns.at(-1);
  const hostility = lastTurn?.hostility ?? scenario.persona.startHostility;
  // The scorecard's count (drill-ending.ts), of the replies answered so far.
  const facts = factsUncovered(scenario, answering ? customer.turns.slice(0, -1) : customer.turns);
  const status = answering ? t('drill.transcript.typing', { name }) : null;
  const model = scenario.modelAnswers[customer.state]?.[0]?.[locale];
  const picked = useMemo(() => replies.flatMap((r) => (typeof r.choice === 'string' ? [r.choice] : [])), [replies]);
  const options = useMemo(() => (mode === 'guided' ? guidedOptions(scenario, customer, picked) : []), [mode, scenario, customer, picked]);
  // Exam mode shows nothing of how the customer is scoring the trainee beyond what the customer says.
  const exam = mode === 'exam';

  return (
    <div className={`page drill channel-${setting}`}>
      <div className="drill-layout">
        <aside className="customer-panel card" aria-label={t('drill.customerPanel')}>
          <CustomerAvatar hostility={exam ? null : hostility} name={name} typing={answering} />
          {!exam && (
            <HostilityMeter hostility={hostility} explode={scenario.thresholds.explode} delta={!lastTurn ? null : lastTurn.hostility - lastTurn.hostilityBefore} />
          )}
          <dl className="drill-stats">
            <div>
              <dt>{t('drill.stats.turn')}</dt>
              <dd>{t('drill.stats.turnValue', { turn: Math.min(customer.turn + 1, scenario.turnLimit.turns), limit: scenario.turnLimit.turns })}</dd>
            </div>
            <div>
              <dt>{t('drill.stats.mode')}</dt>
              <dd>{t(`drill.modes.${mode}.name` as 'drill.modes.practice.name')}</dd>
            </div>
            {locale !== language && (
              <div>
                <dt>{t('practice.drill.language')}</dt>
                <dd lang={locale}>{t(`common.languageNames.${locale}`)}</dd>
              </div>
            )}
            {mode === 'practice' && (
              <div>
                <dt>{t('drill.stats.facts')}</dt>
                <dd>{t('drill.stats.factsValue', { known: facts.found.size, total: facts.total })}</dd>
              </div>
            )}
          </dl>
          <EndDrillButton disabled={answering} onEnd={session.endEarly} />
        </aside>
        <div className="conversation">
          <h1 className="drill-title">{scenario.title[language]}</h1>
          {setting === 'chat' && (
            <p className="channel-bar chat-bar">
              <span className="channel-name">{t('written.chat.window', { name })}</span>
              <span className="presence">{t('written.chat.online')}</span>
            </p>
          )}
          {setting === 'email' && subject && (
            <p className="channel-bar email-bar">
              <span className="channel-name">{t('written.email.inbox')}</span>
              <span lang={locale}>{subject}</span>
            </p>
          )}
          <Transcript lines={lines} customerName={name} showFeedback={mode === 'practice'} typing={answering} lang={locale} setting={setting} {...(subject ? { subject } : {})} />
          {hintShown && model && (
            <div className="hint-panel" role="note" tabIndex={-1} ref={hintRef} aria-labelledby="hint-title">
              <strong id="hint-title">{t('drill.hint.title')}</strong>
              <p lang={locale}>{model}</p>
              <p className="hint">{t('drill.hint.cost')}</p>
            </div>
          )}
          {mode === 'guided' ? (
            <GuidedChoices options={options} locale={locale} disabled={answering} status={status} onPick={(o) => session.send(o.text[meta.locale], o.id)} />
          ) : (
            <ReplyBox
              disabled={answering}
              status={status}
              value={session.draft}
              onChange={session.setDraft}
              onSend={(text) => session.send(text)}
              {...(mode === 'practice' ? { onHint: session.showHint, hintShown } : {})}
              {...(written ? { written } : {})}
            />
          )}
        </div>
      </div>
    </div>
  );
}
