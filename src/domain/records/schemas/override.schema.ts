// A trainer's override of an attempt's score: one zod schema, the type inferred, older versions migrated.
import * as z from 'zod/mini';
import { statementId } from '../../xapi/statement-id.ts';
import { IsoDateSchema } from './attempt.schema.ts';
import { isObj, RecordRefused, versionOf, type Obj } from './record-refused.ts';
import { DimensionSchema } from './scorecard.schema.ts';

/** Version 2: the reviewer is who unlocked the trainer tools (not free text), and each override has an id. */
export const OVERRIDE_VERSION = 2;

const score = () => z.number().check(z.minimum(0), z.maximum(100));

/** How the reviewer was known: the organisation's deployed passcode, this device's trainer set-up, or typed (before version 2). */
export const REVIEWER_KINDS = ['organisation', 'device', 'typed'] as const;

export const OverrideSchema = z.object({
  schemaVersion: z.literal(OVERRIDE_VERSION),
  /** Auto-numbered on this device (storage order); not exported. */
  seq: z.optional(z.int()),
  /** Stable id: the override's xAPI statement id, and how an imported copy is recognised. */
  id: z.string().check(z.regex(/^[0-9a-f-]{36}$/, 'not an override id')),
  /** The attempt reviewed. */
  attemptId: z.string().check(z.minLength(1), z.maxLength(81)),
  /** Scenario of the attempt (agreement is reported per scenario). */
  scenarioId: z.string().check(z.minLength(1), z.maxLength(81)),
  /** The overall score (which decides pass/fail) or one dimension. */
  target: z.union([z.literal('overall'), DimensionSchema]),
  /** The engine's score for the target when the override was made. */
  engineScore: score(),
  /** The trainer's score. */
  trainerScore: score(),
  /** Why, in the trainer's words (required). */
  reason: z.string().check(z.minLength(1), z.maxLength(2000)),
  /** The reviewer's name: the trainer who had unlocked the trainer tools. */
  by: z.string().check(z.minLength(1), z.maxLength(200)),
  reviewer: z.enum(REVIEWER_KINDS),
  /** When (ISO 8601); the latest override per attempt and target counts. */
  at: IsoDateSchema,
});

export type OverrideRecord = z.infer<typeof OverrideSchema>;
export type OverrideTarget = OverrideRecord['target'];
/** An override as it travels (bundles, statements): without the device's own numbering. */
export type TrainerOverride = Omit<OverrideRecord, 'seq'>;

/** The override's id, derived from what identifies it (so the same override always has the same id). */
export const overrideId = (o: { attemptId: string; target: string; at: string; by: string }) => statementId(`${o.attemptId}/override/${o.target}/${o.at}/${o.by}`);

/** Version 1 had a free-text reviewer and no id. */
export function overrideV1ToV2(o: Obj): Obj {
  const base = { attemptId: String(o.attemptId), target: String(o.target), at: String(o.at), by: String(o.by) };
  return { ...o, schemaVersion: 2, id: overrideId(base), reviewer: 'typed' };
}

/** Migrates and checks a stored or imported override; throws RecordRefused naming the field at fault. */
export function parseOverride(raw: unknown): OverrideRecord {
  if (!isObj(raw)) throw new RecordRefused('not a record');
  const doc = versionOf(raw, OVERRIDE_VERSION) < 2 ? overrideV1ToV2(raw) : raw;
  const parsed = OverrideSchema.safeParse(doc);
  if (!parsed.success) throw RecordRefused.fromIssue(parsed.error.issues[0]);
  return parsed.data;
}
