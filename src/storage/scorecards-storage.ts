import { parseDeviceTrainer, type DeviceTrainerRecord } from '../domain/org/trainer-device.ts';
import type { PasscodeRecord } from '../domain/records/passcode.ts';
import { DefuseDb } from './db.ts';
import type { AttemptRecord } from './records.ts';
import { parseImportMark } from '../domain/records/schemas/import-mark.schema.ts';
import { parseOverride } from '../domain/records/schemas/override.schema.ts';
import { RecordRefused, repairAttempt } from './repair.ts';
import { readableRows } from './readable-rows.ts';
import type { ImportMarkRecord, OverrideRecord } from './scorecards-records.ts';
import { classifyStorageError, storageCause, StorageError, useStorageIssues, type StorageOperation } from './storage-errors.ts';

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
  /** A trainer looked at a flagged import and lets it count (recorded on its mark: who and when). */
  acceptImport(attemptId: string, by: string, at: string): Promise<void>;
  listOverrides(): Promise<OverrideRecord[]>;
  addOverride(record: OverrideRecord): Promise<void>;
  getPasscode(): Promise<PasscodeRecord | null>;
  setPasscode(record: PasscodeRecord): Promise<void>;
  /** This device's trainer (set up explicitly, with a recovery code); null until then or when damaged. */
  getDeviceTrainer(): Promise<DeviceTrainerRecord | null>;
  setDeviceTrainer(record: DeviceTrainerRecord): Promise<void>;
}

/** Runs a storage operation; a failure is reported under the operation that failed (not always "reading results"). */
async function guard<T>(work: () => Promise<T>, operation: StorageOperation = 'load-attempts'): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const failure = error instanceof StorageError ? error : new StorageError(classifyStorageError(error), operation, error instanceof Error ? error.message : String(error));
    useStorageIssues.getState().report({ kind: failure.kind, operation: failure.operation, cause: storageCause(failure.kind, error), detail: failure.message });
    throw failure;
  }
}

export function createScorecardsStorage(db: DefuseDb = new DefuseDb()): ScorecardsStorage {
  return {
    listAllAttempts: () =>
      guard(async () => {
        const { records: attempts, refused } = readableRows(await db.attempts.toArray(), repairAttempt);
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
    listImportMarks: () => guard(async () => readableRows(await db.importMarks.toArray(), parseImportMark).records),
    acceptImport: (attemptId, by, at) =>
      guard(() =>
        db.transaction('rw', db.importMarks, async () => {
          const mark = parseImportMark(await db.importMarks.get(attemptId));
          await db.importMarks.put({ ...mark, accepted: { by, at } });
        }),
      ),
    // Older overrides are migrated as read (v1: free-text reviewer); the device's numbering is kept. A damaged
    // mark or override is left out (and left stored) rather than failing the dashboard.
    listOverrides: () => guard(async () => readableRows(await db.overrides.orderBy('seq').toArray(), (row) => ({ ...parseOverride(row), ...(typeof row.seq === 'number' ? { seq: row.seq } : {}) })).records),
    addOverride: (record) =>
      guard(async () => {
        const { seq: _seq, ...rest } = record;
        await db.overrides.add(rest);
      }, 'save-override'),
    getPasscode: () =>
      guard(async () => {
        const row = await db.settings.get('passcode');
        return row?.key === 'passcode' ? row.value : null;
      }, 'load-passcode'),
    getDeviceTrainer: () =>
      guard(async () => {
        const row = await db.settings.get('trainer-device');
        try {
          return row ? parseDeviceTrainer(row.value) : null;
        } catch (error) {
          if (error instanceof RecordRefused) return null;
          throw error;
        }
      }, 'load-passcode'),
    setDeviceTrainer: (value) =>
      guard(async () => {
        await db.settings.put({ key: 'trainer-device', value });
        // Read it back: with a full disk a write can appear to succeed and keep nothing, and the tools must
        // not unlock on a set-up the next visit will not know.
        const kept = await db.settings.get('trainer-device');
        if (kept?.key !== 'trainer-device' || kept.value.passcode.hash !== value.passcode.hash || kept.value.recovery.hash !== value.recovery.hash) {
          throw new StorageError('quota', 'save-passcode', 'the trainer set-up was not kept');
        }
      }, 'save-passcode'),
    setPasscode: (value) =>
      guard(async () => {
        await db.settings.put({ key: 'passcode', value });
        // Read it back: with a full disk a write can appear to succeed and keep nothing, and the area must
        // not unlock on a passcode the next visit will not know.
        const kept = await db.settings.get('passcode');
        if (kept?.key !== 'passcode' || kept.value.hash !== value.hash || kept.value.salt !== value.salt) throw new StorageError('quota', 'save-passcode', 'the passcode was not kept');
      }, 'save-passcode'),
  };
}

let shared: ScorecardsStorage | null = null;
/** The app's dashboard storage (opened on first use). */
export function getScorecardsStorage(): ScorecardsStorage {
  shared ??= createScorecardsStorage();
  return shared;
}
