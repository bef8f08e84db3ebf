import { useTranslation } from 'react-i18next';

/** The overall score as a ring, with the number as text. */
export function ScoreDial({ score, passed }: { score: number; passed: boolean }) {
  const { t } = useTranslation();
  const r = 52;
  const c = 2 * Math.PI * r;
  return (
    <div className={`score-dial ${passed ? 'pass' : 'fail'}`}>
      <svg viewBox="0 0 120 120" aria-hidden="true" focusable="false">
        <circle cx="60" cy="60" r={r} className="dial-track" />
        <circle cx="60" cy="60" r={r} className="dial-value" strokeDasharray={`${(c * score) / 100} ${c}`} transform="rotate(-90 60 60)" />
      </svg>
      <p className="dial-number">
        <span className="dial-score">{score}</span>
        <span className="dial-label">{t('scorecards.overall')}</span>
      </p>
    </div>
  );
}
