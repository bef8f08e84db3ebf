import { useTranslation } from 'react-i18next';
import type { PracticeAdvice } from '../../../domain/records/practice-next.ts';
import type { LocalizedText } from '../../../domain/scenario/scenario.types.ts';
import type { Language } from '../../../i18n/languages.ts';

interface Props {
  advice: PracticeAdvice;
  /** Scenario titles by id. */
  titles: ReadonlyMap<string, LocalizedText>;
  language: Language;
  /** Heading level: 2 in the library, 2 on the scorecard too (both are sections of the page). */
  headingId: string;
  /** A scenario with a drill under way: with no attempt finished yet, the trainee is sent back to it (not greeted as new). */
  started?: string | undefined;
}

/** "What to practise next": the weakest recent skill, the drill for it, and the skills resting a turn. */
export function PracticeNext({ advice, titles, language, headingId, started }: Props) {
  const { t } = useTranslation();
  const back = advice.skill === null ? started : undefined;
  const id = back ?? advice.scenarioId;
  const title = titles.get(id)?.[language] ?? id;
  const skillName = (s: string) => t(`scorecards.dimensions.${s}.name` as 'scorecards.dimensions.listen.name');
  return (
    <section className="card practice-next" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('practice.next.title')}</h2>
      {advice.skill === null ? (
        <p>{t(back ? 'practice.next.started' : 'practice.next.start', { title })}</p>
      ) : (
        <>
          <p>
            {t('practice.next.weakest', { skill: skillName(advice.skill), average: advice.average, count: advice.over })}
          </p>
          <p className="practice-next-drill">{t('practice.next.scenario', { title })}</p>
          {advice.resting.length > 0 && <p className="hint">{t('practice.next.resting', { skills: advice.resting.map(skillName).join(t('practice.next.listJoin')) })}</p>}
        </>
      )}
      <a className="button primary" href={`#/drill/${encodeURIComponent(id)}`}>
        {back ? t('drill.library.resume') : t('practice.next.go')}
      </a>
    </section>
  );
}
