// Per assignment: who in the group has done it by the due date, and each trainee's grade by the
// assignment's policy (best, last or average of the scores that count; flagged imports stay out). Each
// assignment's trainee table opens on demand once the view would hold more than a screenful of rows.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttemptRow } from '../../../domain/records/attempt.types.ts';
import { indexAttempts, progressOf } from '../../../domain/org/assignments.ts';
import type { DashboardAssignments } from '../dashboard.types.ts';
import type { Language } from '../../../i18n/languages.ts';
import type { useLabels } from '../use-labels.ts';
import { AssignmentCard } from './AssignmentCard.tsx';

/** Up to this many trainee rows in all, every assignment's table starts open. */
const OPEN_UP_TO = 40;

interface Props {
  rows: readonly AttemptRow[];
  assignments: DashboardAssignments;
  labels: ReturnType<typeof useLabels>;
  language: Language;
}

export function AssignmentsView({ rows, assignments, labels, language }: Props) {
  const { t } = useTranslation();
  // Indexed once (trainee, scenario, difficulty) for every assignment: 10,000 attempts × 50 assignments stays fast.
  const counted = useMemo(() => indexAttempts(rows.filter((r) => !r.flagged)), [rows]);
  const day = useMemo(() => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }), [language]);
  // A small dashboard shows every trainee at once; a large one, the counts, each table on demand.
  const initiallyOpen = assignments.list.reduce((n, a) => n + (assignments.groups.find((g) => g.id === a.groupId)?.trainees.length ?? 0), 0) <= OPEN_UP_TO;
  return (
    <section className="dash-assignments" aria-label={t('scorecards.dashboard.tabs.assignments')}>
      {assignments.list.map((a) => {
        const group = assignments.groups.find((g) => g.id === a.groupId);
        const groupName = group?.name ?? t('scorecards.dashboard.assignments.unknownGroup');
        const title = labels.scenarioTitle(a.scenarioId);
        const progress = progressOf(a, group ?? { id: a.groupId, name: groupName, trainees: [] }, counted);
        const meta = t('scorecards.dashboard.assignments.meta', { difficulty: labels.difficulty(a.difficulty), date: day.format(new Date(a.due)), policy: t(`scorecards.dashboard.assignments.policy.${a.policy}`) });
        return (
          <AssignmentCard
            key={a.id}
            heading={t('scorecards.dashboard.assignments.heading', { title, group: groupName })}
            meta={meta}
            groupName={groupName}
            title={title}
            progress={progress}
            initiallyOpen={initiallyOpen}
          />
        );
      })}
    </section>
  );
}
