import { useTranslation } from 'react-i18next';
import type { TrainerOverride } from '../../../domain/records/override.types.ts';
import type { Language } from '../../../i18n/languages.ts';

interface Props {
  review: { engineScore: number; counting: readonly TrainerOverride[] };
  /** The score that counts (the trainer's latest overall score, or the engine's when only skills were reviewed). */
  score: number;
  passed: boolean;
  language: Language;
}

/** On the trainee's own scorecard: the trainer's review that counts, with who, when and why. */
export function TrainerReviewNotice({ review, score, passed, language }: Props) {
  const { t } = useTranslation();
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  const overall = review.counting.find((o) => o.target === 'overall');
  return (
    <section className="page notice notice-info trainer-review" aria-labelledby="trainer-review-title">
      <div className="notice-body">
        <h2 id="trainer-review-title">{t('org.scorecard.reviewedTitle')}</h2>
        {overall && <p>{t('org.scorecard.reviewed', { score, verdict: passed ? t('scorecards.passed') : t('scorecards.failed'), engine: review.engineScore })}</p>}
        <ul>
          {review.counting.map((o) => (
            <li key={o.id}>
              {o.target !== 'overall' && <>{t('org.scorecard.skill', { skill: t(`scorecards.dimensions.${o.target}.name`), score: o.trainerScore, engine: o.engineScore })} </>}
              {t('org.scorecard.reason', { reason: o.reason })} <span className="meta">{t('org.scorecard.by', { by: o.by, date: date.format(new Date(o.at)) })}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
