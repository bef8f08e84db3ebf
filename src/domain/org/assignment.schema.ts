// An assignment as stored and as listed in defuse.config.json (`assignments`): one zod schema, the type
// inferred from it. The rules that read assignments are in assignments.ts.
import * as z from 'zod/mini';
import { DIFFICULTIES } from '../scenario/difficulty.ts';

/** How several attempts make one grade: the best score, the last one, or the average (rounded). */
export const GRADE_POLICIES = ['best', 'last', 'average'] as const;
export type GradePolicy = (typeof GRADE_POLICIES)[number];

export const AssignmentSchema = z.object({
  /** Storage key. */
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  /** The group (config `groups[].id`) whose trainees it is for. */
  groupId: z.string().check(z.minLength(1), z.maxLength(63)),
  /** The scenario to play (shipped, the organisation's, or published on this device). */
  scenarioId: z.string().check(z.minLength(1), z.maxLength(100)),
  /** The difficulty it must be played at; attempts at another difficulty do not count. */
  difficulty: z.enum(DIFFICULTIES),
  /** The end of the due day as an instant (ISO 8601), fixed when the trainer set it in their time zone. */
  due: z.iso.datetime({ offset: true }),
  policy: z.enum(GRADE_POLICIES),
  /** The trainer who assigned it, and when (ISO 8601); absent when written by `defuse config add-assignment`. */
  assignedBy: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  assignedAt: z.optional(z.iso.datetime({ offset: true })),
});
export type Assignment = z.infer<typeof AssignmentSchema>;
