import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField.tsx';
import { ErrorList } from '../../components/ErrorList.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { GRADE_POLICIES, type Assignment, type GradePolicy } from '../../domain/org/assignment.schema.ts';
import type { Group } from '../../domain/org/assignments.ts';
import { endOfDay, idFor } from '../../domain/org/plan-edit.ts';
import { DIFFICULTIES, type Difficulty } from '../../domain/scenario/difficulty.ts';
import type { PlanScenario } from './plan.types.ts';

interface Props {
  groups: readonly Group[];
  scenarios: readonly PlanScenario[];
  /** Ids already used by assignments (this device's and the organisation's). */
  takenIds: readonly string[];
  language: string;
  /** The unlocked trainer, recorded as who assigned it. */
  assignedBy: string | null;
  now: () => Date;
  onAdd: (assignment: Assignment) => void;
}

/** Assign a scenario at a difficulty to a group, due at the end of a day, graded by a policy. */
export function AssignmentForm({ groups, scenarios, takenIds, language, assignedBy, now, onAdd }: Props) {
  const { t } = useTranslation();
  const [groupId, setGroupId] = useState(groups[0]?.id ?? '');
  const [scenarioId, setScenarioId] = useState(scenarios[0]?.id ?? '');
  const [difficulty, setDifficulty] = useState<Difficulty>('standard');
  const [due, setDue] = useState('');
  const [policy, setPolicy] = useState<GradePolicy>('best');
  const [errors, setErrors] = useState<string[]>([]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const out: string[] = [];
    const group = groups.find((g) => g.id === groupId);
    const scenario = scenarios.find((s) => s.id === scenarioId);
    if (!group) out.push(t('org.plan.errors.group'));
    if (!scenario) out.push(t('org.plan.errors.scenario'));
    if (!due) out.push(t('org.plan.errors.due'));
    else if (Date.parse(endOfDay(due)) < now().getTime()) out.push(t('org.plan.errors.duePast', { date: due }));
    setErrors(out);
    if (out.length > 0 || !group || !scenario) return;
    const id = idFor(`${scenario.id}-${group.id}`, 'assignment', takenIds);
    onAdd({ id, groupId: group.id, scenarioId: scenario.id, difficulty, due: endOfDay(due), policy, ...(assignedBy ? { assignedBy } : {}), assignedAt: now().toISOString() });
    setDue('');
  };

  return (
    <form className="org-plan-form" onSubmit={submit} noValidate aria-labelledby="org-plan-assign-form">
      <h4 id="org-plan-assign-form">{t('org.plan.newAssignment')}</h4>
      <SelectField id="org-plan-group" label={t('org.plan.group')} value={groupId} onChange={setGroupId} options={groups.map((g) => ({ value: g.id, label: g.name }))} />
      <SelectField id="org-plan-scenario" label={t('org.plan.scenario')} value={scenarioId} onChange={setScenarioId} options={scenarios.map((s) => ({ value: s.id, label: s.title }))} />
      <SelectField
        id="org-plan-difficulty"
        label={t('org.plan.difficulty')}
        value={difficulty}
        onChange={(v) => setDifficulty(v as Difficulty)}
        options={DIFFICULTIES.map((d) => ({ value: d, label: t(`playDifficulty.${d}.name`) }))}
      />
      <DateField
        id="org-plan-due"
        label={t('org.plan.due')}
        value={due}
        onChange={setDue}
        lang={language}
        hint={t('scorecards.dashboard.filters.dateHint')}
        invalid={t('scorecards.dashboard.filters.dateInvalid')}
      />
      <SelectField
        id="org-plan-policy"
        label={t('org.plan.policy')}
        value={policy}
        onChange={(v) => setPolicy(v as GradePolicy)}
        options={GRADE_POLICIES.map((p) => ({ value: p, label: t(`scorecards.dashboard.assignments.policy.${p}`) }))}
      />
      <ErrorList errors={errors} />
      <button type="submit" className="button primary">
        {t('org.plan.assign')}
      </button>
    </form>
  );
}
