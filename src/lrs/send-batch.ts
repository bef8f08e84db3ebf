import { sameStatement } from '../domain/xapi/same-statement.ts';
import type { OutboxRecord } from '../storage/outbox-record.ts';
import { backoffDelay } from './backoff.ts';
import { keepsWaiting, problemFor, type LrsProblem } from './lrs-problem.ts';
import type { Outbox } from './outbox.ts';
import type { LrsClient, LrsEndpoint } from './transport.ts';

export interface BatchDeps {
  outbox: Outbox;
  client: LrsClient;
  now: () => number;
  random?: () => number;
  /** After each change: statements the LRS took, or the problem met. */
  onProgress?: (event: { sent?: number; problem?: LrsProblem }) => void;
}

/** `sent`: go on with the target; `wait`: the target waits until `due` (its head was deferred). */
export type BatchOutcome = { kind: 'sent' } | { kind: 'wait'; due: number };

const idOf = (statement: unknown) => (statement as { id?: unknown }).id;

/**
 * Sends one batch (consecutive rows of one target) and settles every row:
 * - accepted → removed (the LRS has them);
 * - no answer, 408/429/5xx, or wrong settings (401, 403, 404, 405) → the first row waits with backoff and
 *   the target stops here: nothing is refused for what no statement caused, and order is kept;
 * - any other refusal of a batch of several → each sent alone, so one bad statement blocks no other;
 * - 409 for one statement → the stored statement is read by id: the same (xAPI comparison) counts as sent;
 *   a different one, or one that cannot be read, is refused — kept and shown, never counted as sent;
 * - another 4xx for one statement → refused (kept, shown, sent again only on Retry).
 */
export async function sendBatch(deps: BatchDeps, to: LrsEndpoint, rows: readonly OutboxRecord[]): Promise<BatchOutcome> {
  const result = await deps.client.send(to, rows.map((r) => r.statement));
  if (result.ok) {
    await deps.outbox.sentAll(rows.map((r) => r.seq!));
    deps.onProgress?.({ sent: rows.length });
    return { kind: 'sent' };
  }
  const problem = problemFor(result.status, 'write');
  if (keepsWaiting(problem.kind)) return wait(deps, rows[0]!, result.message, problem);
  if (rows.length > 1) {
    for (const row of rows) {
      const outcome = await sendBatch(deps, to, [row]);
      if (outcome.kind === 'wait') return outcome;
    }
    return { kind: 'sent' };
  }
  const row = rows[0]!;
  if (problem.kind === 'conflict') return settleConflict(deps, to, row, result.message);
  await deps.outbox.refused(row, result.message);
  deps.onProgress?.({ problem });
  return { kind: 'sent' };
}

async function wait(deps: BatchDeps, row: OutboxRecord, message: string, problem: LrsProblem): Promise<BatchOutcome> {
  const due = deps.now() + backoffDelay(row.tries + 1, deps.random);
  await deps.outbox.deferred(row, message, due);
  deps.onProgress?.({ problem });
  return { kind: 'wait', due };
}

/** 409: the LRS has a statement with this id. Ours counts as sent only if it is the same statement. */
async function settleConflict(deps: BatchDeps, to: LrsEndpoint, row: OutboxRecord, message: string): Promise<BatchOutcome> {
  const id = idOf(row.statement);
  const stored = typeof id === 'string' ? await deps.client.fetchStatement(to, id) : ({ ok: false, status: 400, message: 'no id' } as const);
  if (stored.ok && stored.statement !== null && sameStatement(row.statement, stored.statement)) {
    await deps.outbox.sent(row.seq!);
    deps.onProgress?.({ sent: 1 });
    return { kind: 'sent' };
  }
  const readProblem = stored.ok ? null : problemFor(stored.status, 'read');
  if (readProblem && (readProblem.kind === 'unreachable' || readProblem.kind === 'busy' || readProblem.kind === 'server')) {
    // The LRS could not be asked just now: the statement waits and all of it is tried again later.
    return wait(deps, row, message, readProblem);
  }
  const kind = stored.ok && stored.statement !== null ? 'conflict' : 'conflictUnverified';
  await deps.outbox.refused(row, `${message}${stored.ok ? '' : `; reading it back: ${stored.message}`}`);
  deps.onProgress?.({ problem: { kind, status: 409 } });
  return { kind: 'sent' };
}
