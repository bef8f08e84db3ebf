// The trainers page's groups and assignments: name a group, list its trainees, assign it a scenario at a
// difficulty with a due date and a grade policy. Kept on this device (plan-store.ts); exported as the
// `groups` and `assignments` of defuse.config.json so every device of the organisation gets them.
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../components/download-text.ts';
import type { Group } from '../../domain/org/assignments.ts';
import { planExportText } from '../../domain/org/plan-edit.ts';
import { AssignmentForm } from './AssignmentForm.tsx';
import { GroupForm } from './GroupForm.tsx';
import type { PlanScenario } from './plan.types.ts';
import { usePlan } from './plan-store.ts';
import { useState } from 'react';
import { ErrorText } from '../../components/ErrorText.tsx';

interface Props {
  scenarios: readonly PlanScenario[];
  /** The organisation's config groups and assignments (read-only here): their names and ids stay taken. */
  configured: { groups: readonly Group[]; assignmentIds: readonly string[] };
  language: string;
  /** The unlocked trainer's name. */
  trainer: string | null;
  now?: () => Date;
}

export function GroupsPanel({ scenarios, configured, language, trainer, now = () => new Date() }: Props) {
  const { t } = useTranslation();
  const plan = usePlan();
  const [refused, setRefused] = useState<string | null>(null);
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  const allGroups = [...configured.groups, ...plan.groups];
  const titleOf = (id: string) => scenarios.find((s) => s.id === id)?.title ?? id;
  const groupName = (id: string) => allGroups.find((g) => g.id === id)?.name ?? id;

  return (
    <section className="card org-plan" aria-labelledby="org-plan-title">
      <h2 id="org-plan-title">{t('org.plan.title')}</h2>
      <p>{t('org.plan.intro')}</p>
      {plan.dropped > 0 && <p className="error-text">{t('org.plan.dropped', { count: plan.dropped })}</p>}

      <h3>{t('org.plan.groups')}</h3>
      {plan.groups.length === 0 ? (
        <p className="meta">{t('org.plan.noGroups')}</p>
      ) : (
        <ul className="org-plan-list">
          {plan.groups.map((g) => (
            <li key={g.id}>
              <strong>{g.name}</strong> <span className="meta">{t('org.plan.members', { count: g.trainees.length, names: g.trainees.join(t('org.plan.nameSeparator')) })}</span>{' '}
              <button type="button" className="button small" aria-label={t('org.plan.removeGroup', { name: g.name })} onClick={() => setRefused(plan.removeGroup(g.id) ? null : t('org.plan.errors.groupInUse', { name: g.name }))}>
                {t('org.plan.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorText>{refused}</ErrorText>
      <GroupForm groups={allGroups} onAdd={(g) => (plan.addGroup(g), setRefused(null))} />

      <h3>{t('org.plan.assignments')}</h3>
      {plan.assignments.length === 0 ? (
        <p className="meta">{t('org.plan.noAssignments')}</p>
      ) : (
        <ul className="org-plan-list">
          {plan.assignments.map((a) => (
            <li key={a.id}>
              <strong>{t('org.plan.assignment', { title: titleOf(a.scenarioId), group: groupName(a.groupId) })}</strong>{' '}
              <span className="meta">
                {t('scorecards.dashboard.assignments.meta', { difficulty: t(`playDifficulty.${a.difficulty}.name`), date: day.format(new Date(a.due)), policy: t(`scorecards.dashboard.assignments.policy.${a.policy}`) })}
              </span>{' '}
              <button type="button" className="button small" aria-label={t('org.plan.removeAssignment', { title: titleOf(a.scenarioId), group: groupName(a.groupId) })} onClick={() => plan.removeAssignment(a.id)}>
                {t('org.plan.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {allGroups.length === 0 ? (
        <p className="meta">{t('org.plan.groupFirst')}</p>
      ) : (
        <AssignmentForm
          key={allGroups.map((g) => g.id).join('|')}
          groups={allGroups}
          scenarios={scenarios}
          takenIds={[...configured.assignmentIds, ...plan.assignments.map((a) => a.id)]}
          language={language}
          assignedBy={trainer}
          now={now}
          onAdd={plan.addAssignment}
        />
      )}

      <h3>{t('org.plan.exportTitle')}</h3>
      <p>{t('org.plan.exportIntro')}</p>
      <button type="button" className="button" disabled={plan.groups.length === 0 && plan.assignments.length === 0} onClick={() => downloadText('defuse-groups.json', planExportText(plan))}>
        {t('org.plan.export')}
      </button>
    </section>
  );
}
