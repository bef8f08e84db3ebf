import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttemptFilter } from '../../../domain/records/filter-rows.ts';
import { EMPTY_FILTER } from '../../../domain/records/filter-rows.ts';
import { DIFFICULTIES } from '../../../domain/scenario/difficulty.ts';
import { DateField } from '../../../components/DateField.tsx';
import { TraineeSelect } from '../TraineeSelect.tsx';

interface Props {
  filter: AttemptFilter;
  onChange: (filter: AttemptFilter) => void;
  trainees: readonly string[];
  scenarios: readonly { id: string; title: string }[];
  modeLabel: (mode: string) => string;
  difficultyLabel: (difficulty: string) => string;
}

/** The attempts view's filters: every control labelled, all optional. */
export function AttemptFilters({ filter, onChange, trainees, scenarios, modeLabel, difficultyLabel }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const dateText = { lang: i18n.language, hint: t('scorecards.dashboard.filters.dateHint'), invalid: t('scorecards.dashboard.filters.dateInvalid') };
  const set = (patch: Partial<AttemptFilter>) => onChange({ ...filter, ...patch });
  return (
    <form className="dash-filters no-print" role="search" aria-label={t('scorecards.dashboard.filters.label')} onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('scorecards.dashboard.filters.search')}</label>
        <input id={`${id}-search`} type="search" value={filter.search} onChange={(e) => set({ search: e.target.value })} />
      </div>
      <TraineeSelect id={`${id}-trainee`} value={filter.trainee} trainees={trainees} onChange={(trainee) => set({ trainee })} anyLabel={t('scorecards.dashboard.filters.any')} />
      <div className="field">
        <label htmlFor={`${id}-scenario`}>{t('scorecards.dashboard.columns.scenario')}</label>
        <select id={`${id}-scenario`} value={filter.scenarioId} onChange={(e) => set({ scenarioId: e.target.value })}>
          <option value="">{t('scorecards.dashboard.filters.any')}</option>
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-mode`}>{t('scorecards.dashboard.columns.mode')}</label>
        <select id={`${id}-mode`} value={filter.mode} onChange={(e) => set({ mode: e.target.value })}>
          <option value="">{t('scorecards.dashboard.filters.any')}</option>
          {['practice', 'exam', 'guided'].map((m) => (
            <option key={m} value={m}>
              {modeLabel(m)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-difficulty`}>{t('playDifficulty.column')}</label>
        <select id={`${id}-difficulty`} value={filter.difficulty} onChange={(e) => set({ difficulty: e.target.value })}>
          <option value="">{t('scorecards.dashboard.filters.any')}</option>
          {DIFFICULTIES.map((d) => (
            <option key={d} value={d}>
              {difficultyLabel(d)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-passed`}>{t('scorecards.dashboard.columns.passed')}</label>
        <select id={`${id}-passed`} value={filter.passed} onChange={(e) => set({ passed: e.target.value as AttemptFilter['passed'] })}>
          <option value="">{t('scorecards.dashboard.filters.any')}</option>
          <option value="passed">{t('scorecards.passed')}</option>
          <option value="failed">{t('scorecards.failed')}</option>
        </select>
      </div>
      <DateField id={`${id}-from`} label={t('scorecards.dashboard.filters.from')} value={filter.from} onChange={(from) => set({ from })} {...dateText} />
      <DateField id={`${id}-to`} label={t('scorecards.dashboard.filters.to')} value={filter.to} onChange={(to) => set({ to })} {...dateText} />
      <button type="button" className="button small" onClick={() => onChange(EMPTY_FILTER)}>
        {t('scorecards.dashboard.filters.clear')}
      </button>
    </form>
  );
}
