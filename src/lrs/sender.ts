import type { OutboxRecord } from '../storage/outbox-record.ts';
import { backoffDelay, isTransient } from './backoff.ts';
import type { Outbox } from './outbox.ts';
import type { LrsEndpoint, Transport } from './transport.ts';

export interface DrainDeps {
  outbox: Outbox;
  transport: Transport;
  /** Resolves a row's target to an endpoint; null when it is unknown (e.g. settings cleared): skipped. */
  resolve: (target: string) => Promise<LrsEndpoint | null>;
  now: () => number;
  random?: () => number;
  /** Called after each row changes state (for the sync status). */
  onProgress?: (event: { sent?: boolean; error?: string }) => void;
}

/**
 * Sends every due pending statement once, oldest first. Per target, order is kept: after a transient
 * failure the rest of that target waits too (cmi5 needs initialized … terminated in order). A 4xx refusal
 * marks the one statement rejected and moves on. Returns the earliest time a deferred row is due, or null.
 */
export async function drainOnce(deps: DrainDeps): Promise<number | null> {
  const rows = await deps.outbox.pending();
  const blocked = new Set<string>();
  const endpoints = new Map<string, LrsEndpoint | null>();
  let nextDue: number | null = null;
  const later = (t: number) => (nextDue = nextDue === null ? t : Math.min(nextDue, t));
  for (const row of rows) {
    if (blocked.has(row.target)) continue;
    if (row.nextTryAt > deps.now()) {
      blocked.add(row.target);
      later(row.nextTryAt);
      continue;
    }
    if (!endpoints.has(row.target)) endpoints.set(row.target, await deps.resolve(row.target));
    const to = endpoints.get(row.target);
    if (!to) {
      blocked.add(row.target);
      continue;
    }
    const result = await deps.transport(to, row.statement);
    if (result.ok) {
      await deps.outbox.sent(row.seq!);
      deps.onProgress?.({ sent: true });
    } else if (isTransient(result.status)) {
      const due = deps.now() + backoffDelay(row.tries + 1, deps.random);
      await deps.outbox.deferred(row, result.message, due);
      blocked.add(row.target);
      later(due);
      deps.onProgress?.({ error: result.message });
    } else {
      await deps.outbox.refused(row as OutboxRecord, result.message);
      deps.onProgress?.({ error: result.message });
    }
  }
  return nextDue;
}
