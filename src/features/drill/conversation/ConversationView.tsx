import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../domain/reply/reply.types.ts';
import type { DrillSession } from '../session/use-drill-session.ts';
import type { DrillEngine } from '../session/drill-engine.ts';
import { buildChatLines, hintTurns } from './chat-lines.ts';
import { CustomerAvatar } from './CustomerAvatar.tsx';
import { EndDrillButton } from './EndDrillButton.tsx';
import { GuidedChoices } from './GuidedChoices.tsx';
import { guidedCandidates } from './guided-candidates.ts';
import { HostilityMeter } from './HostilityMeter.tsx';
import { ReplyBox } from './ReplyBox.tsx';
import { Transcript } from './Transcript.tsx';

interface Props {
  engine: DrillEngine;
  session: DrillSession;
  locale: Locale;
}

/** The conversation: the customer (face, hostility), the transcript, and the trainee's reply. */
export function ConversationView({ engine, session, locale }: Props) {
  const { t } = useTranslation();
  const { scenario } = engine;
  const { sim, snapshot, pending } = session;
  const mode = snapshot.meta.mode;
  const name = scenario.persona.name[locale];
  const hints = useMemo(() => hintTurns(snapshot.replies), [snapshot.replies]);
  const lines = buildChatLines(scenario.opening, sim.turns, locale, pending, hints);
  const lastTurn = sim.turns.at(-1);
  const typing = pending !== null;
  const status = typing ? t('drill.transcript.typing', { name }) : null;
  const model = scenario.modelAnswers[sim.state]?.[0]?.[locale];
  const candidates = useMemo(
    () => guidedCandidates(scenario, sim.state, sim.turn + 1, snapshot.meta.seed, locale, (n) => t(`drill.guided.distractors.d${n}` as 'drill.guided.distractors.d1')),
    [scenario, sim.state, sim.turn, snapshot.meta.seed, locale, t],
  );

  return (
    <div className="page drill">
      <div className="drill-layout">
        <aside className="customer-panel card" aria-label={t('drill.customerPanel')}>
          <CustomerAvatar hostility={sim.hostility} name={name} typing={typing} />
          <HostilityMeter
            hostility={sim.hostility}
            explode={scenario.thresholds.explode}
            delta={mode === 'exam' || !lastTurn ? null : lastTurn.hostility - lastTurn.hostilityBefore}
          />
          <dl className="drill-stats">
            <div>
              <dt>{t('drill.stats.turn')}</dt>
              <dd>{t('drill.stats.turnValue', { turn: Math.min(sim.turn + 1, scenario.turnLimit.turns), limit: scenario.turnLimit.turns })}</dd>
            </div>
            <div>
              <dt>{t('drill.stats.mode')}</dt>
              <dd>{t(`drill.modes.${mode}.name`)}</dd>
            </div>
            {mode !== 'exam' && (
              <div>
                <dt>{t('drill.stats.facts')}</dt>
                <dd>{t('drill.stats.factsValue', { known: sim.factsKnown.length, total: scenario.facts.length })}</dd>
              </div>
            )}
          </dl>
          <EndDrillButton disabled={typing} onEnd={session.endEarly} />
        </aside>
        <div className="conversation">
          <h1 className="drill-title">{scenario.title[locale]}</h1>
          <Transcript lines={lines} customerName={name} showFeedback={mode !== 'exam'} typing={typing} />
          {session.hintShown && model && (
            <div className="hint-panel" role="note">
              <strong>{t('drill.hint.title')}</strong>
              <p>{model}</p>
              <p className="hint">{t('drill.hint.cost')}</p>
            </div>
          )}
          {mode === 'guided' ? (
            <GuidedChoices candidates={candidates} disabled={typing} status={status} onPick={(c, i) => void session.send(c.text, { choice: i })} />
          ) : (
            <ReplyBox
              disabled={typing}
              status={status}
              onSend={(text) => void session.send(text)}
              {...(mode === 'practice' ? { onHint: session.showHint, hintShown: session.hintShown } : {})}
            />
          )}
        </div>
      </div>
    </div>
  );
}
