// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../../tests/setup/axe.ts';
import type { DashboardAssignments } from '../dashboard.types.ts';
import { fakeAttempt, freshStorage, renderDashboard } from '../test-support/render-dashboard.tsx';

const assignments: DashboardAssignments = {
  groups: [{ id: 'night', name: 'Night shift', trainees: ['Amy', 'Ben', 'Cat'] }],
  list: [
    { id: 'leak', groupId: 'night', scenarioId: 'angry-resident', difficulty: 'standard', due: '2026-01-10T12:00:00Z', policy: 'average' },
    { id: 'promise', groupId: 'night', scenarioId: 'broken-promise', difficulty: 'hard', due: '2026-01-10T12:00:00Z', policy: 'last' },
  ],
};

describe('assignments on the dashboard', () => {
  it('shows, per assignment, completion in the group and each trainee’s grade by its policy, late attempts apart', async () => {
    const storage = freshStorage();
    await storage.importAttempts({
      attempts: [
        fakeAttempt({ id: 'a1', trainee: 'Amy', score: 40, endedAt: '2026-01-01T10:00:00.000Z' }),
        fakeAttempt({ id: 'a2', trainee: 'Amy', score: 90, passed: true, endedAt: '2026-01-05T10:00:00.000Z' }),
        fakeAttempt({ id: 'a3', trainee: 'Amy', score: 100, passed: true, endedAt: '2026-01-12T10:00:00.000Z' }),
        fakeAttempt({ id: 'b1', trainee: 'Ben', score: 80, passed: true, difficulty: 'hard', endedAt: '2026-01-03T10:00:00.000Z' }),
        fakeAttempt({ id: 'b2', trainee: 'Ben', scenarioId: 'broken-promise', difficulty: 'hard', score: 55, endedAt: '2026-01-02T10:00:00.000Z' }),
        fakeAttempt({ id: 'b3', trainee: 'Ben', scenarioId: 'broken-promise', difficulty: 'hard', score: 75, passed: true, endedAt: '2026-01-04T10:00:00.000Z' }),
      ],
      marks: [],
      overrides: [],
    });
    await renderDashboard({ name: 'assignments' }, storage, undefined, undefined, assignments);
    const leak = await screen.findByRole('article', { name: 'The angry resident · Night shift' });
    expect(within(leak).getByText('At Standard · due Jan 10, 2026 · grade: average score')).toBeInTheDocument();
    expect(within(leak).getByText('Completed by 1 of 3')).toBeInTheDocument();
    // Amy: 40 and 90 by the due date average 65; the 100 came late. Ben played it at Hard, which does not count.
    const row = (article: HTMLElement, name: string) => within(article).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(within(row(leak, 'Amy')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '1', '65']);
    expect(within(row(leak, 'Ben')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0', '0', '—']);
    const promise = screen.getByRole('article', { name: 'The broken promise · Night shift' });
    expect(within(promise).getByText('Completed by 1 of 3')).toBeInTheDocument();
    // The last of Ben's two, not the best or the first.
    expect(within(row(promise, 'Ben')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '0', '75']);
    expect(screen.getByRole('link', { name: 'Assignments' })).toHaveAttribute('aria-current', 'page');
    await expectNoAxeViolations();
  });

  it('on a large dashboard shows each assignment’s counts and opens its trainees on demand, from the keyboard', async () => {
    const storage = freshStorage();
    const crew = Array.from({ length: 25 }, (_, i) => `Trainee ${i + 1}`);
    await storage.importAttempts({
      attempts: [fakeAttempt({ id: 't1', trainee: 'Trainee 1', score: 88, passed: true, endedAt: '2026-01-01T10:00:00.000Z' })],
      marks: [],
      overrides: [],
    });
    const large: DashboardAssignments = { groups: [{ id: 'day', name: 'Day shift', trainees: crew }], list: [assignments.list[0]!, assignments.list[1]!].map((a) => ({ ...a, groupId: 'day' })) };
    await renderDashboard({ name: 'assignments' }, storage, undefined, undefined, large);
    const leak = await screen.findByRole('article', { name: 'The angry resident · Day shift' });
    expect(within(leak).getByText('Completed by 1 of 25')).toBeInTheDocument();
    // 50 trainee rows in all: none is in the page until asked for.
    expect(screen.queryAllByRole('row')).toEqual([]);
    const show = within(leak).getByRole('button', { name: 'Show the 25 trainees' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    const user = userEvent.setup();
    show.focus();
    await user.keyboard('{Enter}');
    const table = within(leak).getByRole('table', { name: 'Progress of Day shift on The angry resident' });
    expect(within(table).getAllByRole('row')).toHaveLength(26);
    expect(within(within(table).getByRole('row', { name: /^Trainee 1 / })).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '0', '88']);
    const hide = within(leak).getByRole('button', { name: 'Hide the trainees' });
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    expect(hide).toHaveAttribute('aria-controls', table.id);
    // The other assignment stays closed.
    expect(within(screen.getByRole('article', { name: 'The broken promise · Day shift' })).queryByRole('table')).toBeNull();
    await expectNoAxeViolations();
    await user.keyboard(' ');
    expect(within(leak).queryByRole('table')).toBeNull();
    expect(within(leak).getByRole('button', { name: 'Show the 25 trainees' })).toHaveFocus();
  });

  it('is not offered without assignments', async () => {
    await renderDashboard({ name: 'attempts' });
    await screen.findByRole('link', { name: 'Attempts' });
    expect(screen.queryByRole('link', { name: 'Assignments' })).toBeNull();
  });
});
