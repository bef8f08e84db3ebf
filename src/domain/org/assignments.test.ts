import { describe, expect, it } from 'vitest';
import { AssignmentSchema } from './assignment.schema.ts';
import { assignmentsFor, dueState, gradeOf, progressOf, type AssignedAttempt, type Assignment, type Group } from './assignments.ts';

const night: Group = { id: 'night', name: 'Night shift', trainees: ['Amy Chan', 'Ben'] };
const day: Group = { id: 'day', name: 'Day shift', trainees: ['Cat', 'amy chan'] };

const assignment = (over: Partial<Assignment> = {}): Assignment => ({
  id: 'a1',
  groupId: 'night',
  scenarioId: 'angry-resident',
  difficulty: 'standard',
  due: '2026-12-10T23:59:59+08:00',
  policy: 'best',
  assignedBy: 'Tina',
  assignedAt: '2026-12-01T09:00:00+08:00',
  ...over,
});

const attempt = (trainee: string, score: number, endedAt: string, over: Partial<AssignedAttempt> = {}): AssignedAttempt => ({ trainee, scenarioId: 'angry-resident', difficulty: 'standard', score, passed: score >= 70, endedAt, ...over });

describe('assignments', () => {
  it('checks a stored assignment field by field', () => {
    expect(AssignmentSchema.safeParse(assignment()).success).toBe(true);
    expect(AssignmentSchema.safeParse(assignment({ due: '10 December' })).success).toBe(false);
    expect(AssignmentSchema.safeParse({ ...assignment(), difficulty: 'insane' }).success).toBe(false);
    expect(AssignmentSchema.safeParse({ ...assignment(), policy: 'median' }).success).toBe(false);
  });

  it('gives a trainee the assignments of every group that lists them (however the name is typed), soonest due first', () => {
    const list = [assignment({ id: 'late', due: '2026-12-20T23:59:59Z' }), assignment({ id: 'day', groupId: 'day', due: '2026-12-05T23:59:59Z' }), assignment({ id: 'other', groupId: 'nobody' })];
    expect(assignmentsFor(' AMY  chan', [night, day], list).map((a) => a.id)).toEqual(['day', 'late']);
    expect(assignmentsFor('Ben', [night, day], list).map((a) => a.id)).toEqual(['late']);
    expect(assignmentsFor('Dan', [night, day], list)).toEqual([]);
  });

  it('is open, due soon within two days, then overdue', () => {
    const a = assignment({ due: '2026-12-10T12:00:00Z' });
    expect(dueState(a, new Date('2026-12-07T12:00:00Z'))).toBe('open');
    expect(dueState(a, new Date('2026-12-08T12:00:00Z'))).toBe('dueSoon');
    expect(dueState(a, new Date('2026-12-10T12:00:01Z'))).toBe('overdue');
  });

  it('grades by the best, the last or the average score', () => {
    const tries = [attempt('Amy', 60, '2026-12-02T10:00:00Z'), attempt('Amy', 90, '2026-12-03T10:00:00Z'), attempt('Amy', 75, '2026-12-04T10:00:00Z')];
    expect(gradeOf(tries, 'best')).toBe(90);
    expect(gradeOf([...tries].reverse(), 'last')).toBe(75);
    expect(gradeOf(tries, 'average')).toBe(75);
    expect(gradeOf([attempt('Amy', 70, 'x'), attempt('Amy', 71, 'y')], 'average')).toBe(71);
    expect(gradeOf([], 'best')).toBeNull();
  });

  it('counts, per trainee of the group, only this scenario at this difficulty by the due date', () => {
    const a = assignment({ policy: 'average', due: '2026-12-10T23:59:59Z' });
    const attempts = [
      attempt('amy chan', 80, '2026-12-02T10:00:00Z'),
      attempt('Amy Chan', 60, '2026-12-09T10:00:00Z'),
      attempt('Amy Chan', 100, '2026-12-11T10:00:00Z'), // late: shown, not graded
      attempt('Ben', 95, '2026-12-02T10:00:00Z', { difficulty: 'easy' }), // wrong difficulty
      attempt('Ben', 95, '2026-12-02T10:00:00Z', { scenarioId: 'broken-promise' }), // wrong scenario
      attempt('Cat', 90, '2026-12-02T10:00:00Z'), // not in the group
    ];
    expect(progressOf(a, night, attempts)).toEqual({
      rows: [
        { trainee: 'Amy Chan', onTime: 2, late: 1, grade: 70, completed: true },
        { trainee: 'Ben', onTime: 0, late: 0, grade: null, completed: false },
      ],
      completed: 1,
      total: 2,
    });
  });
});
