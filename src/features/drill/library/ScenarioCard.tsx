import { useTranslation } from 'react-i18next';
import type { Language } from '../../../i18n/languages.ts';
import type { Assignment } from '../../../domain/org/assignments.ts';
import { dueState } from '../../../domain/org/assignments.ts';
import type { ScenarioSummary } from '../scenario-catalog.ts';

interface Props {
  scenario: ScenarioSummary;
  language: Language;
  best: number | undefined;
  inProgress: boolean;
  /** The trainee's soonest-due assignment of this scenario, if any. */
  assignment?: Pick<Assignment, 'difficulty' | 'due'> | undefined;
}

/** One scenario in the library: what it is, who the customer is, how hard, and the trainee's best. */
export function ScenarioCard({ scenario, language, best, inProgress, assignment }: Props) {
  const { t } = useTranslation();
  const titleId = `scenario-${scenario.id}`;
  return (
    <li className="scenario-card card" aria-labelledby={titleId}>
      <div className="scenario-card-top">
        <span className={`badge setting-${scenario.setting}`}>{t(`drill.setting.${scenario.setting}`)}</span>
        <span className={`badge difficulty-${scenario.difficulty}`}>{t(`drill.difficulty.${scenario.difficulty}`)}</span>
        {scenario.source === 'organisation' && <span className="badge from-organisation">{t('drill.library.fromOrganisation')}</span>}
        {scenario.source === 'studio' && <span className="badge from-studio">{t('drill.library.fromStudio')}</span>}
      </div>
      <h3 id={titleId}>{scenario.title[language]}</h3>
      {assignment && (
        <p className={`assigned ${dueState(assignment, new Date())}`}>
          {t(dueState(assignment, new Date()) === 'overdue' ? 'drill.library.overdue' : 'drill.library.assigned', {
            difficulty: t(`playDifficulty.${assignment.difficulty}.name`),
            date: new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(assignment.due)),
          })}
        </p>
      )}
      <dl className="scenario-facts">
        <div>
          <dt>{t('drill.library.customer')}</dt>
          <dd>
            {scenario.persona.name[language]} · {t(`drill.personality.${scenario.persona.personality}`)}
          </dd>
        </div>
        <div>
          <dt>{t('drill.library.length')}</dt>
          <dd>{t('drill.library.minutes', { minutes: scenario.minutes, turns: scenario.turns })}</dd>
        </div>
        <div>
          <dt>{t('drill.library.best')}</dt>
          <dd>{best === undefined ? t('drill.library.notYet') : t('drill.library.bestScore', { score: best, passMark: scenario.passMark })}</dd>
        </div>
      </dl>
      <div className="scenario-card-actions">
        {/* Named "Start drill" and the scenario's title (a list of links all called "Start drill" says nothing). */}
        <a id={`${titleId}-start`} className="button primary" href={`#/drill/${scenario.id}`} aria-labelledby={`${titleId}-start ${titleId}`}>
          {inProgress ? t('drill.library.resume') : t('drill.library.start')}
        </a>
        {inProgress && <span className="badge in-progress">{t('drill.library.inProgress')}</span>}
      </div>
    </li>
  );
}
