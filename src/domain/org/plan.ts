// A trainer's groups and assignments made on this device (the trainers page's form), and how they join the
// organisation's config: kept locally, exported as the config's `groups`/`assignments` (the deployer pastes
// them into defuse.config.json or runs `npx defuse config add-plan`). Pure, and no zod: the library reads
// the plan on a first visit, so a stored plan is repaired here by hand, entry by entry.
import { DIFFICULTIES } from '../scenario/difficulty.ts';
import type { Assignment, GradePolicy } from './assignment.schema.ts';
import type { Group } from './assignments.ts';

export interface OrgPlan {
  groups: Group[];
  assignments: Assignment[];
}

export const EMPTY_PLAN: OrgPlan = { groups: [], assignments: [] };

/** assignment.schema.ts's GRADE_POLICIES, without importing zod with them. */
const POLICIES: readonly GradePolicy[] = ['best', 'last', 'average'];
const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= max;
const isIso = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));

function repairGroup(v: unknown): Group | null {
  if (!isObj(v) || typeof v.id !== 'string' || !SLUG.test(v.id) || !text(v.name, 200) || !Array.isArray(v.trainees)) return null;
  return { id: v.id, name: v.name, trainees: v.trainees.filter((t): t is string => text(t, 200)) };
}

function repairAssignment(v: unknown): Assignment | null {
  if (!isObj(v) || !text(v.id, 100) || !text(v.groupId, 63) || !text(v.scenarioId, 100) || !isIso(v.due)) return null;
  if (!(DIFFICULTIES as readonly unknown[]).includes(v.difficulty) || !(POLICIES as readonly unknown[]).includes(v.policy)) return null;
  const out: Assignment = { id: v.id, groupId: v.groupId, scenarioId: v.scenarioId, difficulty: v.difficulty as Assignment['difficulty'], due: v.due, policy: v.policy as Assignment['policy'] };
  if (text(v.assignedBy, 200)) out.assignedBy = v.assignedBy;
  if (isIso(v.assignedAt)) out.assignedAt = v.assignedAt;
  return out;
}

/** A stored plan (any shape) as a plan: entries that are not a group or an assignment are counted in `dropped`. */
export function repairPlan(raw: unknown): OrgPlan & { dropped: number } {
  const groups = (isObj(raw) && Array.isArray(raw.groups) ? raw.groups : []).map(repairGroup);
  const assignments = (isObj(raw) && Array.isArray(raw.assignments) ? raw.assignments : []).map(repairAssignment);
  const keptGroups = groups.filter((g): g is Group => g !== null);
  const keptAssignments = assignments.filter((a): a is Assignment => a !== null);
  return { groups: keptGroups, assignments: keptAssignments, dropped: groups.length - keptGroups.length + assignments.length - keptAssignments.length };
}

/** The config's groups and assignments, then this device's whose ids the config does not already use. */
export function mergePlans(config: Partial<OrgPlan>, local: OrgPlan): OrgPlan {
  const groups = [...(config.groups ?? [])];
  const assignments = [...(config.assignments ?? [])];
  for (const g of local.groups) if (!groups.some((c) => c.id === g.id)) groups.push(g);
  for (const a of local.assignments) if (!assignments.some((c) => c.id === a.id)) assignments.push(a);
  return { groups, assignments };
}
