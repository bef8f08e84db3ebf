import { useTranslation } from 'react-i18next';
import type { Dimension } from '../../../domain/scoring/scorecard.types.ts';

/** Display order: the five skills 聽 察 問 斷 定, then language, feelings-first and process. */
export const DIMENSIONS: readonly Dimension[] = ['listen', 'observe', 'ask', 'judge', 'decide', 'language', 'emotionFirst', 'process'];

/** Dimension scores as labelled horizontal bars; the numbers are in the text, not only in the bars. */
export function DimensionChart({ dimensions }: { dimensions: Record<Dimension, number> }) {
  const { t } = useTranslation();
  return (
    <ul className="dimension-chart">
      {DIMENSIONS.map((d) => {
        const value = Math.round(dimensions[d]);
        const tone = value >= 75 ? 'good' : value >= 50 ? 'fair' : 'poor';
        return (
          <li key={d} className={`dimension ${tone}`}>
            <span className="dimension-glyph" aria-hidden="true">
              {t(`scorecards.dimensions.${d}.glyph`)}
            </span>
            <span className="dimension-name">{t(`scorecards.dimensions.${d}.name`)}</span>{' '}
            <span className="dimension-bar" aria-hidden="true">
              <span style={{ width: `${value}%` }} />
            </span>
            <span className="dimension-value">{t('scorecards.outOf100', { value })}</span>
          </li>
        );
      })}
    </ul>
  );
}
