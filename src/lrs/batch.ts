import type { OutboxRecord } from '../storage/outbox-record.ts';

/** At most this many statements in one request. */
export const BATCH_MAX_STATEMENTS = 50;
/** At most about this many bytes of JSON in one request (far below common LRS body limits of 1–5 MB). */
export const BATCH_MAX_BYTES = 256 * 1024;

/**
 * The next batch from `rows` (one target's, in send order) starting at `from`: consecutive rows up to the
 * count and size limits, always at least one. Order is kept: a batch is a prefix of what is left.
 */
export function nextBatch(rows: readonly OutboxRecord[], from: number, maxStatements = BATCH_MAX_STATEMENTS, maxBytes = BATCH_MAX_BYTES): OutboxRecord[] {
  const out: OutboxRecord[] = [];
  let bytes = 0;
  for (let i = from; i < rows.length && out.length < maxStatements; i += 1) {
    const size = JSON.stringify(rows[i]!.statement).length;
    if (out.length > 0 && bytes + size > maxBytes) break;
    out.push(rows[i]!);
    bytes += size;
  }
  return out;
}
