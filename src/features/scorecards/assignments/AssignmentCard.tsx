// One assignment on the dashboard: its counts always, its trainee table only when the reader opens it —
// 50 assignments of 20 trainees would otherwise put 1,000 rows in the page that nobody reads at once.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentProgress } from '../../../domain/org/assignments.ts';

interface Props {
  /** `{{title}} · {{group}}`, already put together. */
  heading: string;
  /** Difficulty, due date and grade policy, already put in words. */
  meta: string;
  groupName: string;
  title: string;
  progress: AssignmentProgress;
  /** Whether the trainee table starts open (a small dashboard shows everything). */
  initiallyOpen: boolean;
}

export function AssignmentCard({ heading, meta, groupName, title, progress, initiallyOpen }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  const headingId = `${id}-heading`;
  const tableId = `${id}-table`;
  return (
    <article className="card dash-assignment" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p className="meta">{meta}</p>
      <p>
        <strong>{t('scorecards.dashboard.assignments.completed', { completed: progress.completed, total: progress.total })}</strong>{' '}
        <button type="button" className="button link small" aria-expanded={open} {...(open ? { 'aria-controls': tableId } : {})} onClick={() => setOpen(!open)}>
          {t(open ? 'scorecards.dashboard.assignments.hide' : 'scorecards.dashboard.assignments.show', { count: progress.rows.length })}
        </button>
      </p>
      {open && (
        <table id={tableId}>
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
      )}
    </article>
  );
}
