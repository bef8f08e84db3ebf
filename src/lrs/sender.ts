import type { OutboxRecord } from '../storage/outbox-record.ts';
import { nextBatch } from './batch.ts';
import { sendBatch, type BatchDeps } from './send-batch.ts';
import type { LrsEndpoint } from './transport.ts';

/** Rows read from the outbox at once: what bounds the sender's memory, however long the outbox. */
export const OUTBOX_PAGE = 200;

export interface DrainDeps extends BatchDeps {
  /** Resolves a row's target to an endpoint; null when it is unknown (e.g. settings cleared): skipped. */
  resolve: (target: string) => Promise<LrsEndpoint | null>;
}

/** A page's rows per target, each in send order (the page is in send order). */
function byTarget(rows: readonly OutboxRecord[]): Map<string, OutboxRecord[]> {
  const out = new Map<string, OutboxRecord[]>();
  for (const row of rows) out.set(row.target, [...(out.get(row.target) ?? []), row]);
  return out;
}

/**
 * Sends every due pending statement once, oldest first, in batches (sendBatch settles each). Per target,
 * order is kept: once a target has to wait, the rest of it waits too (cmi5 needs initialized … terminated
 * in order). Reads the outbox a page at a time. Returns the earliest time a waiting row is due, or null.
 */
export async function drainOnce(deps: DrainDeps): Promise<number | null> {
  const waiting = new Set<string>();
  const endpoints = new Map<string, LrsEndpoint | null>();
  let nextDue: number | null = null;
  const later = (t: number) => (nextDue = nextDue === null ? t : Math.min(nextDue, t));
  let after = 0;
  for (;;) {
    const { rows: page, damaged } = await deps.outbox.pendingPage(after, OUTBOX_PAGE);
    // Damaged rows were set aside as refused (kept, never sent): say so, and go on with the others.
    if (damaged > 0) deps.onProgress?.({ problem: { kind: 'damaged', status: null } });
    if (page.length === 0) break;
    after = page.at(-1)!.seq!;
    for (const [target, rows] of byTarget(page)) {
      if (waiting.has(target)) continue;
      if (!endpoints.has(target)) endpoints.set(target, await deps.resolve(target));
      const to = endpoints.get(target);
      if (!to) {
        waiting.add(target);
        continue;
      }
      for (let i = 0; i < rows.length; ) {
        if (rows[i]!.nextTryAt > deps.now()) {
          waiting.add(target);
          later(rows[i]!.nextTryAt);
          break;
        }
        const batch = nextBatch(rows, i);
        const outcome = await sendBatch(deps, to, batch);
        if (outcome.kind === 'wait') {
          waiting.add(target);
          later(outcome.due);
          break;
        }
        i += batch.length;
      }
    }
  }
  return nextDue;
}
