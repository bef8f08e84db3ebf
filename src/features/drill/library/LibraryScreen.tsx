import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { SETTINGS } from '../../../domain/scenario/settings.ts';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../i18n/languages.ts';
import { withReview } from '../../../domain/records/with-review.ts';
import { practiceNext, skillProgress } from '../../../domain/records/practice-next.ts';
import { bestScores } from '../../../storage/best-scores.ts';
import type { DrillStorage } from '../../../storage/drill-storage.ts';
import { useScenarioCatalog } from '../use-scenario-catalog.ts';
import { easiestFirst } from '../scenario-catalog.ts';
import { PracticeNext } from '../progress/PracticeNext.tsx';
import { ScenarioCard } from './ScenarioCard.tsx';
import { useLibraryData } from './use-library-data.ts';
import type { Assignment } from '../../../domain/org/assignments.ts';

// The chart appears only once there are past drills: loaded then, not on a first visit (the budget).
const SkillProgressChart = lazy(() => import('../progress/SkillProgressChart.tsx').then((m) => ({ default: m.SkillProgressChart })));

interface Props {
  trainee: string;
  language: Language;
  /** Resolves the storage (Dexie is loaded on demand). */
  loadStorage: () => Promise<DrillStorage>;
  /** The trainee's assignments (the organisation's config), soonest due first. */
  assigned?: readonly Pick<Assignment, 'scenarioId' | 'difficulty' | 'due'>[];
}

const FIGURES = ['silent', 'return', 'tell', 'cost'] as const;

/** Home: the scenarios, the trainee's best scores, drills to resume, and recent attempts. */
export function LibraryScreen({ trainee, language, loadStorage, assigned = [] }: Props) {
  const { t } = useTranslation();
  const scenarios = useScenarioCatalog();
  const data = useLibraryData(loadStorage, trainee);
  // A trainer's latest override is the score that counts, here as in the dashboard.
  const attempts = useMemo(() => withReview(data.attempts, data.reviews, (id) => scenarios.find((s) => s.id === id)?.passMark ?? 70), [data.attempts, data.reviews, scenarios]);
  const best = useMemo(() => bestScores(attempts), [attempts]);
  const titles = new Map(scenarios.map((s) => [s.id, s.title[language]]));
  // What to practise next and the skills over time: from this trainee's attempts on this device, with the
  // trainer's overall score where one counts.
  // A new trainee starts with the easiest drill; one with a drill under way is no newcomer, and is sent back to it.
  const advice = useMemo(() => (data.status === 'ready' ? practiceNext(attempts, easiestFirst(scenarios)) : null), [data.status, attempts, scenarios]);
  const started = scenarios.find((s) => data.inProgress.has(s.id))?.id;
  const progress = useMemo(() => skillProgress(attempts), [attempts]);
  const localizedTitles = useMemo(() => new Map(scenarios.map((s) => [s.id, s.title])), [scenarios]);
  const recent = attempts.slice(0, 5);
  // The channel filter offers the channels the library has, in a fixed order (face to face … email).
  const [channel, setChannel] = useState<string>('all');
  const filterId = useId();
  const channels = SETTINGS.filter((c) => scenarios.some((s) => s.setting === c));
  const shown = channel === 'all' ? scenarios : scenarios.filter((s) => s.setting === channel);
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <div className="page library">
      <section className="hero" aria-labelledby="library-title">
        <h1 id="library-title">{t('drill.library.title')}</h1>
        <p className="lead">{t('drill.library.lead', { trainee })}</p>
        <ul className="figures" aria-label={t('drill.library.figuresLabel')}>
          {FIGURES.map((f) => (
            <li key={f}>
              <strong>{t(`drill.library.figures.${f}.value`)}</strong>
              <span>{t(`drill.library.figures.${f}.text`)}</span>
            </li>
          ))}
        </ul>
      </section>

      {/* Space is kept while the attempts load, so the scenarios below do not jump when the advice arrives. */}
      <div className={`practice-overview${advice ? '' : ' pending'}`}>
        {advice && <PracticeNext advice={advice} started={started} titles={localizedTitles} language={language} headingId="next-title" />}
      </div>

      <section aria-labelledby="scenarios-title">
        <h2 id="scenarios-title">{t('drill.library.scenarios')}</h2>
        {channels.length > 1 && (
          <div className="channel-filter">
            <label htmlFor={filterId}>{t('written.filter.label')}</label>
            <select id={filterId} value={channel} onChange={(e) => setChannel(e.target.value)}>
              <option value="all">{t('written.filter.all')}</option>
              {channels.map((c) => (
                <option key={c} value={c}>
                  {t(`drill.setting.${c}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        {scenarios.length === 0 ? (
          <p>{t('drill.library.empty')}</p>
        ) : (
          <ul className="scenario-grid">
            {shown.map((s) => (
              <ScenarioCard key={s.id} scenario={s} language={language} best={best.get(s.id)} inProgress={data.inProgress.has(s.id)} assignment={assigned.find((a) => a.scenarioId === s.id)} />
            ))}
          </ul>
        )}
      </section>

      {progress.dates.length > 0 && (
        <section className="card skill-progress-card" aria-labelledby="progress-title">
          <h2 id="progress-title">{t('practice.progress.title')}</h2>
          <p className="hint">{t('practice.progress.intro', { count: progress.dates.length })}</p>
          <Suspense fallback={null}>
            <SkillProgressChart progress={progress} language={language} />
          </Suspense>
        </section>
      )}

      {recent.length > 0 && (
        <section aria-labelledby="recent-title" className="recent">
          <h2 id="recent-title">{t('drill.library.recent')}</h2>
          <ul className="recent-list">
            {recent.map((a) => (
              <li key={a.id}>
                <a href={`#/attempt/${a.id}`}>
                  <span className="recent-title">{titles.get(a.scenarioId) ?? a.scenarioId}</span>
                  <span className={`badge ${a.passed ? 'pass' : 'fail'}`}>{a.passed ? t('scorecards.passed') : t('scorecards.failed')}</span>
                  <span className="recent-score">{t('scorecards.scoreValue', { count: a.score })}</span>
                  <span className="recent-meta">
                    {t(`drill.modes.${a.mode}.name`)} · {dateFormat.format(new Date(a.endedAt))}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
