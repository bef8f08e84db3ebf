// Assignments (issue 19 item 6, first step: the model, kept on this device): a trainer assigns a scenario
// at a difficulty to a group of trainees with a due date and a grade policy. Pure: which assignments a
// trainee has, whether each is due or overdue, and each trainee's grade and completion. No zod here: the
// library reads assignments on a first visit (the schema is in assignment.schema.ts).
import type { Assignment, GradePolicy } from './assignment.schema.ts';

export type { Assignment, GradePolicy };

/** A named group of trainees, as in the organisation's config. */
export interface Group {
  id: string;
  name: string;
  trainees: readonly string[];
}

/** The fields of an attempt an assignment reads (the score is the one that counts: a trainer's override if any). */
export interface AssignedAttempt {
  trainee: string;
  scenarioId: string;
  difficulty: string;
  score: number;
  passed: boolean;
  /** ISO 8601. */
  endedAt: string;
}

/** A name as trainees type it, for comparing: case, surrounding and repeated spaces do not matter. */
const normalName = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** Names as trainees type them: case, surrounding and repeated spaces do not matter. */
export const sameTrainee = (a: string, b: string) => normalName(a) === normalName(b);

/** Attempts by trainee (as compared), scenario and difficulty: built once, read by every assignment. */
export type AttemptIndex = ReadonlyMap<string, readonly AssignedAttempt[]>;
const foldedKey = (name: string, scenarioId: string, difficulty: string) => `${name}\u0000${scenarioId}\u0000${difficulty}`;
const indexKey = (trainee: string, scenarioId: string, difficulty: string) => foldedKey(normalName(trainee), scenarioId, difficulty);

export function indexAttempts(attempts: readonly AssignedAttempt[]): AttemptIndex {
  const index = new Map<string, AssignedAttempt[]>();
  // A few hundred trainees over thousands of attempts: each name is folded once.
  const names = new Map<string, string>();
  for (const a of attempts) {
    let name = names.get(a.trainee);
    if (name === undefined) names.set(a.trainee, (name = normalName(a.trainee)));
    const key = foldedKey(name, a.scenarioId, a.difficulty);
    const list = index.get(key);
    if (list) list.push(a);
    else index.set(key, [a]);
  }
  return index;
}

/** The assignments for a trainee: those of every group that lists them, soonest due first. */
export function assignmentsFor(trainee: string, groups: readonly Group[], assignments: readonly Assignment[]): Assignment[] {
  const mine = new Set(groups.filter((g) => g.trainees.some((t) => sameTrainee(t, trainee))).map((g) => g.id));
  return assignments.filter((a) => mine.has(a.groupId)).sort((a, b) => Date.parse(a.due) - Date.parse(b.due) || a.id.localeCompare(b.id));
}

/** Open, due within two days, or past its due date. */
export function dueState(assignment: Pick<Assignment, 'due'>, now: Date): 'open' | 'dueSoon' | 'overdue' {
  const left = Date.parse(assignment.due) - now.getTime();
  return left < 0 ? 'overdue' : left <= 2 * 24 * 60 * 60 * 1000 ? 'dueSoon' : 'open';
}

/** One grade from the attempts (any order) by the policy; null with none. */
export function gradeOf(attempts: readonly AssignedAttempt[], policy: GradePolicy): number | null {
  if (attempts.length === 0) return null;
  if (policy === 'best') return Math.max(...attempts.map((a) => a.score));
  if (policy === 'last') return [...attempts].sort((a, b) => Date.parse(a.endedAt) - Date.parse(b.endedAt)).at(-1)!.score;
  return Math.round(attempts.reduce((sum, a) => sum + a.score, 0) / attempts.length);
}

export interface TraineeProgress {
  trainee: string;
  /** Attempts that count: this scenario, this difficulty, ended by the due date. */
  onTime: number;
  /** Attempts after the due date (shown, not graded). */
  late: number;
  grade: number | null;
  /** At least one attempt that counts. */
  completed: boolean;
}

export interface AssignmentProgress {
  rows: TraineeProgress[];
  completed: number;
  total: number;
}

/**
 * Each trainee of the group: their attempts that count, their grade by the policy, and the completion count.
 * `attempts`: a list, or an index of it (indexAttempts) when many assignments read the same attempts.
 */
export function progressOf(assignment: Assignment, group: Group, attempts: readonly AssignedAttempt[] | AttemptIndex): AssignmentProgress {
  const due = Date.parse(assignment.due);
  // Given a list: indexed here (one pass). The dashboard indexes once for all its assignments.
  const index = Array.isArray(attempts) ? indexAttempts(attempts) : (attempts as AttemptIndex);
  const rows = group.trainees.map((trainee) => {
    const theirs = index.get(indexKey(trainee, assignment.scenarioId, assignment.difficulty)) ?? [];
    const onTime = theirs.filter((a) => Date.parse(a.endedAt) <= due);
    return { trainee, onTime: onTime.length, late: theirs.length - onTime.length, grade: gradeOf(onTime, assignment.policy), completed: onTime.length > 0 };
  });
  return { rows, completed: rows.filter((r) => r.completed).length, total: rows.length };
}
