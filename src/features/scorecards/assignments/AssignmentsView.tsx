// Per assignment: who in the group has done it by the due date, and each trainee's grade by the
// assignment's policy (best, last or average of the scores that count; flagged imports stay out).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttemptRow } from '../../../domain/records/attempt.types.ts';
import { indexAttempts, progressOf } from '../../../domain/org/assignments.ts';
import type { DashboardAssignments } from '../dashboard.types.ts';
import type { Language } from '../../../i18n/languages.ts';
import type { useLabels } from '../use-labels.ts';

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
  return (
    <section className="dash-assignments" aria-label={t('scorecards.dashboard.tabs.assignments')}>
      {assignments.list.map((a) => {
        const group = assignments.groups.find((g) => g.id === a.groupId);
        const groupName = group?.name ?? t('scorecards.dashboard.assignments.unknownGroup');
        const title = labels.scenarioTitle(a.scenarioId);
        const progress = progressOf(a, group ?? { id: a.groupId, name: groupName, trainees: [] }, counted);
        const headingId = `assignment-${a.id}`;
        return (
          <article key={a.id} className="card dash-assignment" aria-labelledby={headingId}>
            <h2 id={headingId}>{t('scorecards.dashboard.assignments.heading', { title, group: groupName })}</h2>
            <p className="meta">
              {t('scorecards.dashboard.assignments.meta', { difficulty: labels.difficulty(a.difficulty), date: day.format(new Date(a.due)), policy: t(`scorecards.dashboard.assignments.policy.${a.policy}`) })}
            </p>
            <p>
              <strong>{t('scorecards.dashboard.assignments.completed', { completed: progress.completed, total: progress.total })}</strong>
            </p>
            <table>
              <caption className="visually-hidden">{t('scorecards.dashboard.assignments.caption', { group: groupName, title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('scorecards.dashboard.assignments.trainee')}</th>
                  <th scope="col">{t('scorecards.dashboard.assignments.onTime')}</th>
                  <th scope="col">{t('scorecards.dashboard.assignments.late')}</th>
                  <th scope="col">{t('scorecards.dashboard.assignments.grade')}</th>
                </tr>
              </thead>
              <tbody>
                {progress.rows.map((r) => (
                  <tr key={r.trainee}>
                    <th scope="row">{r.trainee}</th>
                    <td>{r.onTime}</td>
                    <td>{r.late}</td>
                    <td>{r.grade ?? t('scorecards.dashboard.assignments.none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </article>
        );
      })}
    </section>
  );
}
