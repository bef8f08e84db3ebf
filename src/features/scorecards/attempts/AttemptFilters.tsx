import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttemptFilter } from '../../../domain/records/filter-rows.ts';
import { EMPTY_FILTER } from '../../../domain/records/filter-rows.ts';
import { DIFFICULTIES } from '../../../domain/scenario/difficulty.ts';
import { DateField } from '../../../components/DateField.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
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
      <SelectField
        id={`${id}-scenario`}
        label={t('scorecards.dashboard.columns.scenario')}
        value={filter.scenarioId}
        onChange={(scenarioId) => set({ scenarioId })}
        anyLabel={t('scorecards.dashboard.filters.any')}
        options={scenarios.map((s) => ({ value: s.id, label: s.title }))}
      />
      <SelectField
        id={`${id}-mode`}
        label={t('scorecards.dashboard.columns.mode')}
        value={filter.mode}
        onChange={(mode) => set({ mode })}
        anyLabel={t('scorecards.dashboard.filters.any')}
        options={['practice', 'exam', 'guided'].map((m) => ({ value: m, label: modeLabel(m) }))}
      />
      <SelectField
        id={`${id}-difficulty`}
        label={t('playDifficulty.column')}
        value={filter.difficulty}
        onChange={(difficulty) => set({ difficulty })}
        anyLabel={t('scorecards.dashboard.filters.any')}
        options={DIFFICULTIES.map((d) => ({ value: d, label: difficultyLabel(d) }))}
      />
      <SelectField
        id={`${id}-passed`}
        label={t('scorecards.dashboard.columns.passed')}
        value={filter.passed}
        onChange={(passed) => set({ passed: passed as AttemptFilter['passed'] })}
        anyLabel={t('scorecards.dashboard.filters.any')}
        options={[
          { value: 'passed', label: t('scorecards.passed') },
          { value: 'failed', label: t('scorecards.failed') },
        ]}
      />
      <DateField id={`${id}-from`} label={t('scorecards.dashboard.filters.from')} value={filter.from} onChange={(from) => set({ from })} {...dateText} />
      <DateField id={`${id}-to`} label={t('scorecards.dashboard.filters.to')} value={filter.to} onChange={(to) => set({ to })} {...dateText} />
      <button type="button" className="button small" onClick={() => onChange(EMPTY_FILTER)}>
        {t('scorecards.dashboard.filters.clear')}
      </button>
    </form>
  );
}
