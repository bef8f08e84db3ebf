import { useTranslation } from 'react-i18next';
import type { MisreadFlag } from '../../../domain/records/misread-flag.ts';
import type { MoveId } from '../../../domain/reply/moves.ts';

interface Props {
  flags: readonly MisreadFlag[];
  scenarioTitle: (id: string) => string;
  onReopen: (id: string) => void;
}

/** Flags already labelled or dismissed, newest first, each of which can go back to the queue. */
export function ReviewedList({ flags, scenarioTitle, onReopen }: Props) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  const names = (moves: readonly MoveId[]) => (moves.length ? moves.map((m) => t(`drill.moves.${m}`)).join(t('misread.queue.separator')) : t('misread.queue.none'));
  return (
    <details className="card reviewed-flags">
      <summary>{t('misread.queue.reviewed', { count: flags.length })}</summary>
      <ul>
        {flags.map((f) => (
          <li key={f.id}>
            <p className="hint">
              {t('misread.queue.item', { turn: f.turn + 1, scenario: scenarioTitle(f.scenarioId) })} · {f.trainee}
            </p>
            <p lang={f.locale}>{f.reply}</p>
            <p>{f.status === 'labelled' && f.label ? t('misread.queue.labelledAs', { expect: names(f.label.expect), reject: names(f.label.reject) }) : t('misread.queue.dismissedAs')}</p>
            <button type="button" className="button small" aria-label={t('misread.queue.reopenLabel', { turn: f.turn + 1, trainee: f.trainee })} onClick={() => onReopen(f.id)}>
              {t('misread.queue.reopen')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
