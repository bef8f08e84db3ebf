// A drill in progress (one per trainee and scenario), as stored: the drill machine's persisted snapshot
// (XState's own snapshot API) and the reply being written. One zod schema, the type inferred from it;
// older versions are migrated on load (docs/architecture.md#one-schema-per-record, docs/architecture.md#versioned-records).
import { z } from 'zod';
import { isObj, RecordRefused, versionOf, type Obj } from '../domain/records/schemas/record-refused.ts';
import { PROGRESS_VERSION, SET_ASIDE_VERSION } from './progress-key.ts';

export { PROGRESS_VERSION, progressKey, SET_ASIDE_VERSION } from './progress-key.ts';
export { RecordRefused } from '../domain/records/schemas/record-refused.ts';

/** Longest unsent draft kept (a reply is limited to 2,000 characters; a little room for pasting). */
export const MAX_DRAFT = 4000;

export const ProgressRecordSchema = z
  .object({
    schemaVersion: z.literal(PROGRESS_VERSION),
    /** `${trainee}\u0000${scenarioId}`: one drill in progress per trainee and scenario. */
    key: z.string().min(1),
    attemptId: z.string().min(1),
    trainee: z.string().min(1),
    scenarioId: z.string().min(1),
    /** Content hash of the scenario the drill was started with; on a changed scenario the drill is set aside and a new one starts. */
    scenarioVersion: z.string().min(1),
    /** The drill machine's persisted snapshot (src/domain/drill; checked again when restored). */
    snapshot: z.unknown(),
    /** The reply being written and not yet sent. */
    draft: z.string().max(MAX_DRAFT),
    updatedAt: z.string().min(1),
  })
  .strict();

export type ProgressRecord = z.infer<typeof ProgressRecordSchema>;

/**
 * A drill in progress that could not be resumed (its record refused on load, its snapshot not restorable, or its scenario
 * changed since it started),
 * moved aside exactly as it was stored instead of deleted: the trainee is told, can download it and then discard it.
 */
export const SetAsideProgressSchema = z
  .object({
    schemaVersion: z.literal(SET_ASIDE_VERSION),
    /** Auto-incremented by the table: the order they were set aside in. */
    id: z.number().int().optional(),
    /** The progress key it was stored under (`${trainee}\u0000${scenarioId}`), which is how it was found. */
    key: z.string().min(1),
    trainee: z.string(),
    scenarioId: z.string(),
    /**
     * Why it could not be resumed, for whoever looks at it: the schema's refusal as it was (naming the field), or a code
     * (src/features/drill/set-aside-reason.ts). The drill page shows only the field and a summary in the UI language.
     */
    reason: z.string(),
    setAsideAt: z.string().min(1),
    /** The stored row, as it was: checked by nothing (it is what could not be read). */
    record: z.unknown(),
    /** The unsent reply kept on leaving the page (localStorage), as it was, if there was one. */
    draftBackup: z.string().nullable(),
  })
  .strict();

export type SetAsideProgressRecord = z.infer<typeof SetAsideProgressSchema>;

/** Checks a drill set aside; throws RecordRefused naming the field at fault. */
export function parseSetAside(raw: unknown): SetAsideProgressRecord {
  const parsed = SetAsideProgressSchema.safeParse(raw);
  if (!parsed.success) throw RecordRefused.fromIssue(parsed.error.issues[0]);
  return parsed.data;
}

/**
 * Version 1 stored the replies and replayed them on load; version 2 stores the machine's snapshot. A
 * version 1 drill is kept as `{ legacy: … }` in the snapshot slot, which the drill replays once.
 */
function v1ToV2(o: Obj): Obj {
  const { replies, phase, locale, mode, seed, startedAt, schemaVersion: _v, ...rest } = o;
  return { ...rest, schemaVersion: 2, snapshot: { legacy: { replies, phase, locale, mode, seed, startedAt } }, draft: '', updatedAt: o.updatedAt ?? startedAt };
}

/**
 * Migrates and checks a stored record; throws RecordRefused naming the field at fault, as every stored record
 * does. A damaged schemaVersion (`"2"`, null, 1.5, 0) is refused, not taken for an unversioned version 1.
 */
export function parseProgress(raw: unknown): ProgressRecord {
  if (!isObj(raw)) throw new RecordRefused('not a record');
  const doc = versionOf(raw, PROGRESS_VERSION) < 2 ? v1ToV2(raw) : raw;
  const parsed = ProgressRecordSchema.safeParse(doc);
  if (!parsed.success) throw RecordRefused.fromIssue(parsed.error.issues[0]);
  return parsed.data;
}
