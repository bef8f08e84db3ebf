import { useTranslation } from 'react-i18next';
import { HighlightedText } from '../../../components/HighlightedText.tsx';
import { MoveChips } from '../../../components/MoveChips.tsx';
import type { FlagLabel, MisreadFlag } from '../../../domain/records/misread-flag.ts';
import { isHarmful, type MoveId } from '../../../domain/reply/moves.ts';
import { LabelForm } from './LabelForm.tsx';
import { Labelled } from '../../../components/Labelled.tsx';

interface Props {
  flag: MisreadFlag;
  /** The words that earned each move: the flag's own, or a fresh reading's for a flag sent from a stored scorecard. */
  evidence: readonly { move: MoveId; start: number; end: number }[];
  scenarioTitle: string;
  date: string;
  onLabel: (label: Pick<FlagLabel, 'expect' | 'reject' | 'forbidden'>) => Promise<void>;
  onDismiss: () => Promise<void>;
}

/** One open flag: the reply with the reader's evidence marked, what the trainee says, and the label form. */
export function FlagReview({ flag, evidence, scenarioTitle, date, onLabel, onDismiss }: Props) {
  const { t } = useTranslation();
  const names = (moves: readonly MoveId[]) => moves.map((m) => t(`drill.moves.${m}`)).join(t('misread.queue.separator'));
  const highlights = evidence.filter((e) => flag.found.includes(e.move)).map((e) => ({ start: e.start, end: e.end, kind: isHarmful(e.move) ? 'harmful' : 'helpful', label: t(`drill.moves.${e.move}`) }));
  const { wrong, missing } = flag.suggestion;
  return (
    <li className="card flag-review">
      <h3>{t('misread.queue.item', { turn: flag.turn + 1, scenario: scenarioTitle })}</h3>
      <p className="hint">{t('misread.queue.meta', { trainee: flag.trainee, date })}</p>
      <dl className="flag-facts">
        <dt>{t('misread.queue.reply')}</dt>
        <dd className="flag-reply" lang={flag.locale}>
          <HighlightedText text={flag.reply} highlights={highlights} />
        </dd>
        <dt>{t('misread.queue.found')}</dt>
        <dd>
          <MoveChips acts={flag.found} />
        </dd>
        <dt>{t('misread.queue.traineeSays')}</dt>
        <dd>
          {wrong.length === 0 && missing.length === 0 && <p>{t('misread.queue.noSuggestion')}</p>}
          {wrong.length > 0 && (
            <p>
              <Labelled label={t('misread.queue.wrong')}>{names(wrong)}</Labelled>
            </p>
          )}
          {missing.length > 0 && (
            <p>
              <Labelled label={t('misread.queue.missing')}>{names(missing)}</Labelled>
            </p>
          )}
          {flag.comment && (
            <p className="flag-comment">
              <Labelled label={t('misread.queue.comment')}>{flag.comment}</Labelled>
            </p>
          )}
        </dd>
      </dl>
      <LabelForm flag={flag} onLabel={onLabel} onDismiss={onDismiss} />
    </li>
  );
}
