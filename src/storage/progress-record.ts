// A drill in progress (one per trainee and scenario), as stored: the drill machine's persisted snapshot
// (XState's own snapshot API) and the reply being written. One zod schema, the type inferred from it;
// older versions are migrated on load (docs/architecture.md#one-schema-per-record, docs/architecture.md#versioned-records).
import { z } from 'zod';
import { PROGRESS_VERSION } from './progress-key.ts';

export { PROGRESS_VERSION, progressKey } from './progress-key.ts';

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
    /** Content hash of the scenario the drill was started with; a changed scenario starts afresh. */
    scenarioVersion: z.string().min(1),
    /** The drill machine's persisted snapshot (src/domain/drill; checked again when restored). */
    snapshot: z.unknown(),
    /** The reply being written and not yet sent. */
    draft: z.string().max(MAX_DRAFT),
    updatedAt: z.string().min(1),
  })
  .strict();

export type ProgressRecord = z.infer<typeof ProgressRecordSchema>;

/** Thrown when a stored record cannot be used; the message says why. */
export class ProgressRefused extends Error {
  override name = 'ProgressRefused';
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 1 stored the replies and replayed them on load; version 2 stores the machine's snapshot. A
 * version 1 drill is kept as `{ legacy: … }` in the snapshot slot, which the drill replays once.
 */
function v1ToV2(o: Obj): Obj {
  const { replies, phase, locale, mode, seed, startedAt, schemaVersion: _v, ...rest } = o;
  return { ...rest, schemaVersion: 2, snapshot: { legacy: { replies, phase, locale, mode, seed, startedAt } }, draft: '', updatedAt: o.updatedAt ?? startedAt };
}

/** Migrates and checks a stored record; throws ProgressRefused with the field at fault. */
export function parseProgress(raw: unknown): ProgressRecord {
  if (!isObj(raw)) throw new ProgressRefused('not a record');
  const version = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 1;
  if (version > PROGRESS_VERSION) throw new ProgressRefused(`written by a newer version (schema ${version})`);
  const doc = version < 2 ? v1ToV2(raw) : raw;
  const parsed = ProgressRecordSchema.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ProgressRefused(`field "${issue?.path.join('.') || '(record)'}": ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
