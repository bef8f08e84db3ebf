// What the sync keeps locally: statements waiting for (or refused by) a Learning Record Store, and the LRS a
// launch gave. One zod schema each, the types inferred.
import * as z from 'zod/mini';
import { isObj, RecordRefused, versionOf } from '../domain/records/schemas/record-refused.ts';

export const OUTBOX_VERSION = 1;

/**
 * Written before any send is tried, so a reload, a closed tab or an offline device loses nothing;
 * removed only when the LRS has taken it.
 */
export const OutboxSchema = z.object({
  /** Auto-increment: the send order (cmi5 needs its statements in the order they were made). */
  seq: z.optional(z.int()),
  schemaVersion: z.literal(OUTBOX_VERSION),
  /** Which LRS: `settings` (the configured one) or `launch:<registration>` (a cmi5 launch's). */
  target: z.string().check(z.minLength(1)),
  /** The xAPI statement, as built by domain/xapi (checked by the LRS, which answers 400 for a bad one). */
  statement: z.unknown(),
  /** pending: will be sent; rejected: the LRS refused it (HTTP 4xx), kept and shown, not retried by itself. */
  status: z.enum(['pending', 'rejected']),
  /** Failed tries so far (drives the backoff). */
  tries: z.int().check(z.minimum(0)),
  /** Not before this time (epoch ms). */
  nextTryAt: z.number(),
  /** Last error, for the sync status (never contains credentials). */
  lastError: z.optional(z.string()),
  createdAt: z.string(),
});

export type OutboxRecord = z.infer<typeof OutboxSchema>;

/** Checks a stored outbox row; throws RecordRefused naming the field at fault. */
export function parseOutboxRow(raw: unknown): OutboxRecord {
  if (!isObj(raw)) throw new RecordRefused('not a record');
  versionOf(raw, OUTBOX_VERSION);
  const parsed = OutboxSchema.safeParse(raw);
  if (!parsed.success) throw RecordRefused.fromIssue(parsed.error.issues[0]);
  return parsed.data;
}

export const LRS_TARGET_VERSION = 1;

/** Where a launch's statements go: endpoint and the session's auth header, kept locally for retries. */
export const LrsTargetSchema = z.object({
  /** `launch:<registration>`. */
  id: z.string().check(z.minLength(1)),
  schemaVersion: z.literal(LRS_TARGET_VERSION),
  endpoint: z.string().check(z.minLength(1)),
  /** The full Authorization header value (cmi5 auth token). */
  auth: z.string().check(z.minLength(1)),
  updatedAt: z.string(),
});

export type LrsTargetRecord = z.infer<typeof LrsTargetSchema>;

/** Checks a stored launch target; throws RecordRefused naming the field at fault (never its value: it holds credentials). */
export function parseLrsTarget(raw: unknown): LrsTargetRecord {
  if (!isObj(raw)) throw new RecordRefused('not a record');
  versionOf(raw, LRS_TARGET_VERSION);
  const parsed = LrsTargetSchema.safeParse(raw);
  if (!parsed.success) throw RecordRefused.fromIssue(parsed.error.issues[0]);
  return parsed.data;
}
