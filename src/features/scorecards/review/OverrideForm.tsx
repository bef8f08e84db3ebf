import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS } from '../../../domain/records/attempt.types.ts';
import type { OverrideTarget } from '../../../domain/records/override.types.ts';
import type { Dimension } from '../../../domain/scoring/scorecard.types.ts';
import { Labelled } from '../../../components/Labelled.tsx';

interface Props {
  engineScores: Record<OverrideTarget, number | undefined>;
  /** Who reviews: the unlocked trainer, shown, not typed. */
  reviewer: string;
  dimensionLabel: (d: Dimension) => string;
  onSubmit: (o: { target: OverrideTarget; trainerScore: number; reason: string }) => Promise<void>;
}

/** A trainer's score for one dimension or the overall score, with a written reason. */
export function OverrideForm({ engineScores, reviewer, dimensionLabel, onSubmit }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [target, setTarget] = useState<OverrideTarget>('overall');
  const [score, setScore] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const label = (x: OverrideTarget) => (x === 'overall' ? t('scorecards.overall') : dimensionLabel(x));

  return (
    <form
      className="override-form no-print"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const value = Number(score);
        if (score.trim() === '' || !Number.isInteger(value) || value < 0 || value > 100) return setError(t('scorecards.dashboard.review.badScore'));
        if (reason.trim().length < 5) return setError(t('scorecards.dashboard.review.needReason'));
        setError(null);
        void onSubmit({ target, trainerScore: value, reason: reason.trim() }).then(() => {
          setSaved(true);
          setScore('');
          setReason('');
        });
      }}
    >
      <h3 id={`${id}-title`}>{t('scorecards.dashboard.review.title')}</h3>
      <div className="field">
        <label htmlFor={`${id}-target`}>{t('scorecards.dashboard.review.target')}</label>
        <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value as OverrideTarget)}>
          {(['overall', ...DIMENSIONS] as OverrideTarget[]).map((x) => (
            <option key={x} value={x}>
              {t('scorecards.dashboard.review.targetOption', { name: label(x), score: engineScores[x] ?? '–' })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-score`}>{t('scorecards.dashboard.review.score')}</label>
        <input id={`${id}-score`} type="number" min={0} max={100} step={1} inputMode="numeric" value={score} onChange={(e) => setScore(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('scorecards.dashboard.review.reason')}</label>
        <textarea id={`${id}-reason`} rows={3} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <p>
        <Labelled label={t('org.reviewer.label')}>{reviewer}</Labelled>
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {saved && !error && <p role="status">{t('scorecards.dashboard.review.saved')}</p>}
      <button type="submit" className="button primary">
        {t('scorecards.dashboard.review.save')}
      </button>
    </form>
  );
}
