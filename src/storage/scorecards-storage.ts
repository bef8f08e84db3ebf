import type { PasscodeRecord } from '../domain/records/passcode.ts';
import { DefuseDb } from './db.ts';
import type { AttemptRecord } from './records.ts';
import { repairAttempt } from './repair.ts';
import type { ImportMarkRecord, OverrideRecord } from './scorecards-records.ts';
import { classifyStorageError, StorageError, useStorageIssues, type StorageOperation } from './storage-errors.ts';

/** Everything the scorecards dashboard reads and writes. */
export interface ScorecardsStorage {
  /** Every stored attempt that can be read (refused ones are counted in `refused`). */
  listAllAttempts(): Promise<{ attempts: AttemptRecord[]; refused: number }>;
  /**
   * Writes imported attempts, their marks and overrides in one transaction: all or nothing. Attempts whose
   * id is already stored are skipped as duplicates (the stored one is kept).
   */
  importAttempts(input: { attempts: AttemptRecord[]; marks: ImportMarkRecord[]; overrides: OverrideRecord[] }): Promise<{ added: string[]; duplicates: string[] }>;
  /** Ids among `ids` that are already stored. */
  existingIds(ids: readonly string[]): Promise<Set<string>>;
  listImportMarks(): Promise<ImportMarkRecord[]>;
  listOverrides(): Promise<OverrideRecord[]>;
  addOverride(record: OverrideRecord): Promise<void>;
  getPasscode(): Promise<PasscodeRecord | null>;
  setPasscode(record: PasscodeRecord): Promise<void>;
}

/** Runs a storage operation; a failure is reported under the operation that failed (not always "reading results"). */
async function guard<T>(work: () => Promise<T>, operation: StorageOperation = 'load-attempts'): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const failure = error instanceof StorageError ? error : new StorageError(classifyStorageError(error), operation, error instanceof Error ? error.message : String(error));
    useStorageIssues.getState().report({ kind: failure.kind, operation: failure.operation, detail: failure.message });
    throw failure;
  }
}

export function createScorecardsStorage(db: DefuseDb = new DefuseDb()): ScorecardsStorage {
  return {
    listAllAttempts: () =>
      guard(async () => {
        const rows = await db.attempts.toArray();
        const attempts: AttemptRecord[] = [];
        let refused = 0;
        for (const row of rows) {
          try {
            attempts.push(repairAttempt(row));
          } catch {
            refused += 1;
          }
        }
        return { attempts, refused };
      }),
    importAttempts: ({ attempts, marks, overrides }) =>
      guard(() =>
        db.transaction('rw', db.attempts, db.importMarks, db.overrides, async () => {
          const existing = new Set((await db.attempts.where('id').anyOf(attempts.map((a) => a.id)).primaryKeys()) as string[]);
          const fresh = attempts.filter((a) => !existing.has(a.id));
          const freshIds = new Set(fresh.map((a) => a.id));
          await db.attempts.bulkAdd(fresh);
          await db.importMarks.bulkPut(marks.filter((m) => freshIds.has(m.attemptId)));
          await db.overrides.bulkAdd(overrides.filter((o) => freshIds.has(o.attemptId)).map(({ seq: _seq, ...o }) => o));
          return { added: [...freshIds], duplicates: attempts.filter((a) => existing.has(a.id)).map((a) => a.id) };
        }),
        'import-attempts',
      ),
    existingIds: (ids) => guard(async () => new Set((await db.attempts.where('id').anyOf([...ids]).primaryKeys()) as string[])),
    listImportMarks: () => guard(() => db.importMarks.toArray()),
    listOverrides: () => guard(() => db.overrides.orderBy('seq').toArray()),
    addOverride: (record) =>
      guard(async () => {
        const { seq: _seq, ...rest } = record;
        await db.overrides.add(rest);
      }, 'save-override'),
    getPasscode: () => guard(async () => (await db.settings.get('passcode'))?.value ?? null, 'load-passcode'),
    setPasscode: (value) =>
      guard(async () => {
        await db.settings.put({ key: 'passcode', value });
        // Read it back: with a full disk a write can appear to succeed and keep nothing, and the area must
        // not unlock on a passcode the next visit will not know.
        const kept = (await db.settings.get('passcode'))?.value;
        if (kept?.hash !== value.hash || kept.salt !== value.salt) throw new StorageError('quota', 'save-passcode', 'the passcode was not kept');
      }, 'save-passcode'),
  };
}

let shared: ScorecardsStorage | null = null;
/** The app's dashboard storage (opened on first use). */
export function getScorecardsStorage(): ScorecardsStorage {
  shared ??= createScorecardsStorage();
  return shared;
}
