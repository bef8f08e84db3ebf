import { useTranslation } from 'react-i18next';
import type { EvidenceItem, TurnCard } from '../../../domain/scoring/scorecard.types.ts';
import { HighlightedText } from '../../../components/HighlightedText.tsx';
import { MoveChips } from '../../../components/MoveChips.tsx';
import { MisreadFlag } from '../flag/MisreadFlag.tsx';
import { useMessage } from './use-message.ts';

/** A point won or lost: what happened, the points, and what to say instead. */
export function EvidenceLine({ item }: { item: EvidenceItem }) {
  const { t } = useTranslation();
  const message = useMessage();
  const tone = item.points > 0 ? 'gain' : item.points < 0 ? 'loss' : 'note';
  return (
    <li className={`evidence ${tone}`}>
      <span className="points">{item.points === 0 ? '·' : t('scorecards.points', { points: item.points > 0 ? `+${item.points}` : `${item.points}` })}</span>
      <span className="evidence-body">
        <span className="evidence-dim">{t(`scorecards.dimensions.${item.dimension}.name`)}</span> {message(item.message)}
        {item.suggestion && <span className="better">{t('scorecards.tryInstead', { text: message(item.suggestion) })}</span>}
      </span>
    </li>
  );
}

/** One turn of the scorecard: the reply with the words that scored marked, the customer's answer, the evidence. */
export function TurnEvidence({ index, turn, customerName, lang }: { index: number; turn: TurnCard; customerName: string; lang: string }) {
  const { t } = useTranslation();
  const highlights = turn.evidence.flatMap((e) => (e.span ? [{ start: e.span.start, end: e.span.end, kind: e.points < 0 ? 'harmful' : e.points > 0 ? 'helpful' : 'neutral' }] : []));
  return (
    <li className="turn card">
      <h3>
        {t('scorecards.turn', { turn: index + 1 })} <span className="turn-hostility">{t('scorecards.hostilityAfter', { value: turn.hostility })}</span>
      </h3>
      <p className="turn-reply">
        <span className="speaker">{t('drill.transcript.you')}</span>
        <HighlightedText text={turn.reply} highlights={highlights} />
      </p>
      <div className="turn-moves">
        <span className="feedback-label">{t('drill.feedback.moves')}</span>
        <MoveChips acts={turn.acts} />
      </div>
      <MisreadFlag turn={index} reply={turn.reply} found={turn.acts} forbiddenFound={turn.forbidden.length > 0} />
      <p className="turn-customer">
        <span className="speaker">{customerName}</span>
        <span lang={lang}>{turn.customer}</span>
      </p>
      {turn.evidence.length > 0 && (
        <ul className="evidence-list">
          {turn.evidence.map((e, i) => (
            <EvidenceLine key={i} item={e} />
          ))}
        </ul>
      )}
    </li>
  );
}
