import { parseFlag, type FlagLabel, type MisreadFlag } from '../domain/records/misread-flag.ts';
import { DefuseDb } from './db.ts';
import { readableRows } from './readable-rows.ts';

/**
 * Trainees' "I think this was misread" flags, in their own table beside the attempts (a flag is written
 * during a drill, before the attempt exists). Every row read is checked by the flag schema; a row that fails
 * is counted, never shown half-read. Failures are thrown to the caller, which says so where the user acted.
 */
export interface FlagsStorage {
  /** The flags on one attempt, oldest first (refused rows left out). */
  listForAttempt(attemptId: string): Promise<MisreadFlag[]>;
  /** Every readable flag, newest first, and how many stored rows could not be read. */
  listAll(): Promise<{ flags: MisreadFlag[]; refused: number }>;
  /** Stores a new flag (checked first). Read back, so a full disk is not taken for a save. */
  add(flag: MisreadFlag): Promise<void>;
  /** Removes a trainee's open flag; returns it (null if it was not there or already reviewed, and nothing changes). */
  withdraw(id: string): Promise<MisreadFlag | null>;
  /** A trainer's verdict: labelled with the correct moves, or dismissed. Returns the updated flag. */
  review(id: string, verdict: { status: 'labelled'; label: FlagLabel } | { status: 'dismissed' }, now: Date): Promise<MisreadFlag>;
  /** Puts a reviewed flag back in the queue (its label is dropped, so it leaves the labelled set). */
  reopen(id: string): Promise<MisreadFlag>;
  /** Adds imported flags whose id is not stored yet (a stored flag is kept as it is). */
  importFlags(flags: readonly MisreadFlag[]): Promise<{ added: string[]; duplicates: string[] }>;
}

function readable(rows: readonly unknown[]): { flags: MisreadFlag[]; refused: number } {
  const { records: flags, refused } = readableRows(rows, parseFlag);
  return { flags, refused };
}

export function createFlagsStorage(db: DefuseDb = new DefuseDb()): FlagsStorage {
  return {
    listForAttempt: async (attemptId) => readable(await db.flags.where('attemptId').equals(attemptId).toArray()).flags.sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    listAll: async () => {
      const result = readable(await db.flags.toArray());
      result.flags.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
      return result;
    },
    add: async (flag) => {
      const checked = parseFlag(flag);
      await db.flags.put(checked);
      if (!(await db.flags.get(checked.id))) throw new Error('the flag was not kept');
    },
    withdraw: (id) =>
      db.transaction('rw', db.flags, async () => {
        const row = await db.flags.get(id);
        if (!row || row.status !== 'open') return null;
        await db.flags.delete(id);
        return row;
      }),
    review: (id, verdict, now) =>
      db.transaction('rw', db.flags, async () => {
        const row = await db.flags.get(id);
        if (!row) throw new Error(`no flag ${id}`);
        const { label: _label, ...rest } = parseFlag(row);
        const next = parseFlag({ ...rest, status: verdict.status, reviewedAt: now.toISOString(), ...(verdict.status === 'labelled' ? { label: verdict.label } : {}) });
        await db.flags.put(next);
        return next;
      }),
    reopen: (id) =>
      db.transaction('rw', db.flags, async () => {
        const row = await db.flags.get(id);
        if (!row) throw new Error(`no flag ${id}`);
        const { label: _label, reviewedAt: _at, ...rest } = parseFlag(row);
        const next = parseFlag({ ...rest, status: 'open' });
        await db.flags.put(next);
        return next;
      }),
    importFlags: (flags) =>
      db.transaction('rw', db.flags, async () => {
        const existing = new Set((await db.flags.where('id').anyOf(flags.map((f) => f.id)).primaryKeys()) as string[]);
        const fresh = flags.filter((f) => !existing.has(f.id)).map(parseFlag);
        await db.flags.bulkAdd(fresh);
        return { added: fresh.map((f) => f.id), duplicates: flags.filter((f) => existing.has(f.id)).map((f) => f.id) };
      }),
  };
}

let shared: FlagsStorage | null = null;
/** The app's flag storage (opened on first use). */
export function getFlagsStorage(): FlagsStorage {
  shared ??= createFlagsStorage();
  return shared;
}
