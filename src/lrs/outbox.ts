import type { DefuseDb } from '../storage/db.ts';
import { parseOutboxRow, type OutboxRecord } from '../storage/outbox-record.ts';
import { readableRows } from '../storage/readable-rows.ts';

/** The reason kept on a damaged row (its lastError): the field at fault, never the statement itself. */
const damagedReason = (problem: string) => `damaged on this device, not sent: ${problem}`;

/** A page of pending rows, checked; `damaged` rows were found on the way, set aside and not returned. */
export interface PendingPage {
  rows: OutboxRecord[];
  damaged: number;
}

/** The IndexedDB outbox: statements are written here first and leave only when an LRS took them. */
export class Outbox {
  constructor(private readonly db: DefuseDb) {}

  /** Adds statements for one target, in order, in one transaction (all or none). */
  async add(target: string, statements: readonly unknown[], now: Date): Promise<void> {
    const rows: OutboxRecord[] = statements.map((statement) => ({
      schemaVersion: 1,
      target,
      statement,
      status: 'pending',
      tries: 0,
      nextTryAt: 0,
      createdAt: now.toISOString(),
    }));
    await this.db.outbox.bulkAdd(rows);
  }

  /** Every pending row in send order, checked (small outboxes and tests; the sender reads pages). */
  async pending(): Promise<OutboxRecord[]> {
    return (await this.pendingPage(0, Infinity)).rows;
  }

  /**
   * At most `limit` pending rows after `afterSeq`, in send order: the sender reads the outbox a page at a
   * time, so a long outbox (10,000 statements queued offline) drains in bounded memory. Every row is checked
   * (parseOutboxRow): a damaged one is never sent; it is set aside as refused, with the field at fault as its
   * lastError, so it is counted and shown with the refused ones, kept, and checked again on Retry.
   */
  async pendingPage(afterSeq: number, limit: number): Promise<PendingPage> {
    let damaged = 0;
    for (let after = afterSeq; ; ) {
      // Rows whose status is damaged too are read here (anything not already refused), so none is skipped unseen.
      const raw: unknown[] = await this.db.outbox.where('seq').above(after).filter((r) => r.status !== 'rejected').limit(limit).toArray();
      if (raw.length === 0) return { rows: [], damaged };
      const rows: OutboxRecord[] = [];
      for (const row of raw) {
        try {
          rows.push(parseOutboxRow(row));
        } catch (error) {
          damaged += 1;
          await this.setAside(row, error instanceof Error ? error.message : String(error));
        }
      }
      if (rows.length > 0) return { rows, damaged };
      after = (raw.at(-1) as { seq: number }).seq;
    }
  }

  /** A damaged row: marked refused with the reason; nothing else of it is changed. */
  private async setAside(row: unknown, problem: string): Promise<void> {
    const seq = (row as { seq?: unknown }).seq;
    if (typeof seq === 'number') await this.db.outbox.update(seq, { status: 'rejected', lastError: damagedReason(problem) });
  }

  /** The refused rows that can be read, in send order (a damaged one is counted in `counts`, not listed). */
  async rejected(): Promise<OutboxRecord[]> {
    return readableRows(await this.db.outbox.where('status').equals('rejected').sortBy('seq'), parseOutboxRow).records;
  }

  async counts(): Promise<{ pending: number; rejected: number }> {
    const [pending, rejected] = await Promise.all([this.db.outbox.where('status').equals('pending').count(), this.db.outbox.where('status').equals('rejected').count()]);
    return { pending, rejected };
  }

  /** Statements of one target not yet taken by its LRS: `pending` waits to be sent, `unsent` adds the refused. */
  async countFor(target: string): Promise<{ pending: number; unsent: number }> {
    const rows = await this.db.outbox.where('target').equals(target).toArray();
    return { pending: rows.filter((r) => r.status === 'pending').length, unsent: rows.length };
  }

  /** One target's pending statements are due now (backoff waived: the trainee is waiting to leave). */
  async dueNow(target: string): Promise<void> {
    await this.db.outbox.where('target').equals(target).and((r) => r.status === 'pending').modify({ nextTryAt: 0 });
  }

  /** The LRS took it: gone from the outbox. */
  sent(seq: number): Promise<void> {
    return this.db.outbox.delete(seq);
  }

  /** The LRS took a batch: all gone, in one transaction. */
  sentAll(seqs: readonly number[]): Promise<void> {
    return this.db.outbox.bulkDelete([...seqs]);
  }

  /** A transient failure: try again after `delayMs`. */
  async deferred(row: OutboxRecord, error: string, nextTryAt: number): Promise<void> {
    await this.db.outbox.update(row.seq!, { tries: row.tries + 1, nextTryAt, lastError: error });
  }

  /** The LRS refused it (4xx): kept for the user to see and retry. */
  async refused(row: OutboxRecord, error: string): Promise<void> {
    await this.db.outbox.update(row.seq!, { tries: row.tries + 1, status: 'rejected', lastError: error });
  }

  /** One target's settings changed: its statements, refused ones included, are due now. */
  async retryTarget(target: string): Promise<void> {
    await this.db.outbox.where('target').equals(target).modify({ status: 'pending', nextTryAt: 0 });
  }

  /** The user asked to retry: everything pending now, refused ones included. */
  async retryAll(): Promise<void> {
    await this.db.outbox.toCollection().modify({ status: 'pending', nextTryAt: 0 });
  }
}
