import { useTranslation } from 'react-i18next';
import { isHarmful, type MoveId } from '../../domain/reply/moves.ts';

/**
 * The moves read in one reply, as tags: the same component under a reply in practice and on the scorecard's
 * turn, so the two always say the same thing about the same words (one reading per reply).
 */
export function MoveChips({ acts }: { acts: readonly MoveId[] }) {
  const { t } = useTranslation();
  if (acts.length === 0) return <span className="chip neutral">{t('drill.feedback.noMoves')}</span>;
  return (
    <ul className="chips">
      {acts.map((move) => (
        <li key={move} className={`chip ${isHarmful(move) ? 'harmful' : 'helpful'}`}>
          {t(`drill.moves.${move}`)}
        </li>
      ))}
    </ul>
  );
}
