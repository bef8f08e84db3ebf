import { useTranslation } from 'react-i18next';
import { isHarmful, type MoveId } from '../domain/reply/moves.ts';
import './move-chips.css';

/**
 * The moves read in one reply, as tags: the same component under a reply in practice and on the scorecard's
 * turn, so the two always say the same thing about the same words (one reading per reply). With `words`, each tag
 * also quotes the trainee's own words that earned it (in text, not colour alone).
 */
export function MoveChips({ acts, words }: { acts: readonly MoveId[]; words?: Partial<Record<MoveId, readonly string[]>> }) {
  const { t } = useTranslation();
  if (acts.length === 0) return <span className="chip neutral">{t('drill.feedback.noMoves')}</span>;
  return (
    <ul className="chips">
      {acts.map((move) => (
        <li key={move} className={`chip ${isHarmful(move) ? 'harmful' : 'helpful'}`}>
          {t(`drill.moves.${move}`)}
          {words?.[move]?.length ? <span className="chip-words">{t('drill.feedback.said', { words: words[move].join(t('drill.feedback.wordsJoin')) })}</span> : null}
        </li>
      ))}
    </ul>
  );
}
