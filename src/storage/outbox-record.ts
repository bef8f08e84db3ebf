// A statement waiting for (or refused by) a Learning Record Store: one zod schema, the type inferred.
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

/** Where a launch's statements go: endpoint and the session's auth header, kept locally for retries. */
export interface LrsTargetRecord {
  /** `launch:<registration>`. */
  id: string;
  schemaVersion: 1;
  endpoint: string;
  /** The full Authorization header value (cmi5 auth token). */
  auth: string;
  updatedAt: string;
}
