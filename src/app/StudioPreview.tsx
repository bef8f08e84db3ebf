// The studio's preview is the real drill view: the app composes the drill's controlled pieces (face,
// hostility meter, transcript, reply box) around the simulation the studio owns. Features never import
// each other; this file is where they meet. Loaded only with the studio route.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildChatLines } from '../features/drill/conversation/chat-lines.ts';
import { CustomerAvatar } from '../features/drill/conversation/CustomerAvatar.tsx';
import { HostilityMeter } from '../features/drill/conversation/HostilityMeter.tsx';
import { ReplyBox } from '../features/drill/conversation/ReplyBox.tsx';
import { Transcript } from '../features/drill/conversation/Transcript.tsx';
import type { PreviewViewProps } from '../features/studio/preview/preview.types.ts';
import { isEndState } from '../domain/scenario/end-states.ts';
import '../features/drill/drill.css';

export function StudioPreview({ scenario, sim, locale, onReply }: PreviewViewProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const name = scenario.persona.name[locale];
  const lastTurn = sim.turns.at(-1);
  const ended = isEndState(sim.state);
  return (
    <div className="drill drill-preview">
      <div className="drill-layout">
        <aside className="customer-panel card" aria-label={t('drill.customerPanel')}>
          <CustomerAvatar hostility={sim.hostility} name={name} typing={false} />
          <HostilityMeter hostility={sim.hostility} explode={scenario.thresholds.explode} delta={lastTurn ? lastTurn.hostility - lastTurn.hostilityBefore : null} />
        </aside>
        <div className="conversation">
          <h2 className="drill-title">{scenario.title[locale]}</h2>
          <Transcript lines={buildChatLines(scenario.opening, sim.turns, locale, null, new Set())} customerName={name} showFeedback typing={false} />
          {!ended && <ReplyBox disabled={false} status={null} value={draft} onChange={setDraft} onSend={onReply} />}
        </div>
      </div>
    </div>
  );
}
