import { liveQuery } from 'dexie';
import type { OverrideRecord } from '../domain/records/schemas/override.schema.ts';
import { DefuseDb } from './db.ts';
import { backUpDraft, dropDraftBackup, keyOf, readDraftBackup } from './draft-backup.ts';
import { progressKey } from './progress-key.ts';
import { readableRows } from './readable-rows.ts';
import type { ProgressRecord, SetAsideProgressRecord } from './progress-record.ts';
import type { AttemptRecord } from './records.ts';

// The record schemas (zod) load when there is a record to check, not with the library: a first visit has
// no attempts and no reviews, and must stay small (tests/e2e/library.test.ts).
const attemptSchema = () => import('./repair.ts');
const overrideSchema = () => import('../domain/records/schemas/override.schema.ts');
// Drills set aside: met only when one is damaged or the drill page lists them.
const setAsideStore = () => import('./set-aside.ts');
import { classifyStorageError, storageCause, StorageError, useStorageIssues, type StorageOperation } from './storage-errors.ts';

/** A drill in progress that could not be resumed, kept aside as it was stored (see SetAsideProgressRecord). */
export type SetAsideDrill = Required<Pick<SetAsideProgressRecord, 'id'>> & Omit<SetAsideProgressRecord, 'id'>;

/** Everything the drill persists, behind one interface (IndexedDB in the app, the same code under fake-indexeddb in tests). */
export interface DrillStorage {
  /**
   * The drill in progress, or null. A record its schema refuses (damaged, or written by a newer version) is
   * never deleted: it is set aside (setAsideProgress) and null is returned, so the trainee starts afresh and
   * is told (listSetAside).
   */
  loadProgress(trainee: string, scenarioId: string): Promise<ProgressRecord | null>;
  /**
   * Moves the stored drill in progress, exactly as stored, out of the way of a new one (a record that reads
   * but cannot be restored). Its unsent draft, if one was kept, goes with it. Nothing stored: nothing done.
   */
  setAsideProgress(trainee: string, scenarioId: string, reason: string): Promise<void>;
  /** This trainee's drills of this scenario set aside, oldest first: to say so, offer them for download, and discard. */
  listSetAside(trainee: string, scenarioId: string): Promise<SetAsideDrill[]>;
  /** Deletes one drill set aside: only when the trainee asks. */
  discardSetAside(id: number): Promise<void>;
  saveProgress(record: ProgressRecord): Promise<void>;
  /**
   * The page is going away (pagehide: a reload, another site, a closed tab). IndexedDB cannot finish a
   * write now, so the unsent draft is also kept synchronously; loadProgress reads it back.
   */
  saveProgressOnLeave(record: ProgressRecord): void;
  clearProgress(trainee: string, scenarioId: string): Promise<void>;
  /** Stores a finished attempt and removes its in-progress record, atomically. */
  saveAttempt(record: AttemptRecord): Promise<void>;
  getAttempt(id: string): Promise<AttemptRecord | null>;
  listAttempts(trainee: string): Promise<AttemptRecord[]>;
  /** Trainer overrides of these attempts (every one, oldest first: the latest per target counts). */
  listReviews(attemptIds: readonly string[]): Promise<OverrideRecord[]>;
  /**
   * Scenario ids with a drill in progress for this trainee: a conversation under way. A briefing opened and left is
   * stored too (its seed and choices hold) but is not a drill in progress.
   */
  listInProgress(trainee: string): Promise<string[]>;
  /**
   * Calls `onChange` once the watch is in place, then whenever what the lists above return for this trainee
   * may have changed: an attempt stored, a drill started or finished, a trainer's review — by this tab or
   * another. Read the lists on each call. Returns the unsubscribe.
   */
  watchAttempts(trainee: string, onChange: () => void): () => void;
}

async function guard<T>(operation: StorageOperation, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const failure = error instanceof StorageError ? error : new StorageError(classifyStorageError(error), operation, error instanceof Error ? error.message : String(error));
    useStorageIssues.getState().report({ kind: failure.kind, operation, cause: storageCause(failure.kind, error), detail: failure.message });
    throw failure;
  }
}

export function createDexieStorage(db: DefuseDb = new DefuseDb()): DrillStorage {
  // The drill's unsent draft kept on leaving goes with it; a new drill's copy must not be mistaken for it.
  const setAside = async (trainee: string, scenarioId: string, reason: string) => {
    if (await (await setAsideStore()).setAside(db, trainee, scenarioId, reason, keyOf(trainee, scenarioId))) dropDraftBackup(trainee, scenarioId);
  };
  return {
    loadProgress: (trainee, scenarioId) =>
      guard('load-progress', async () => {
        const key = progressKey(trainee, scenarioId);
        const raw = await db.progress.get(key);
        if (raw === undefined) return null;
        // The schema (zod) loads only when a drill is opened, not with the library.
        const { parseProgress, MAX_DRAFT, RecordRefused } = await import('./progress-record.ts');
        try {
          const record = parseProgress(raw);
          const draft = readDraftBackup(trainee, scenarioId, record.attemptId, MAX_DRAFT);
          return draft === null ? record : { ...record, draft };
        } catch (error) {
          if (!(error instanceof RecordRefused)) throw error;
          // Refused: kept aside, as stored, so the trainee can start afresh; the drill page says so (listSetAside).
          await setAside(trainee, scenarioId, error.message);
          return null;
        }
      }),
    setAsideProgress: (trainee, scenarioId, reason) => guard('load-progress', () => setAside(trainee, scenarioId, reason)),
    listSetAside: (trainee, scenarioId) => guard('load-progress', async () => (await setAsideStore()).listSetAside(db, trainee, scenarioId)),
    discardSetAside: (id) => guard('clear-progress', () => db.setAsideProgress.delete(id)),
    saveProgress: (record) =>
      guard('save-progress', async () => {
        await db.progress.put(record);
        dropDraftBackup(record.trainee, record.scenarioId);
      }),
    saveProgressOnLeave: (record) => {
      backUpDraft(record.trainee, record.scenarioId, { attemptId: record.attemptId, draft: record.draft });
      // Lands if the page lives on (a tab hidden, then shown again).
      void db.progress.put(record).catch(() => undefined);
    },
    clearProgress: (trainee, scenarioId) =>
      guard('clear-progress', async () => {
        dropDraftBackup(trainee, scenarioId);
        await db.progress.delete(progressKey(trainee, scenarioId));
      }),
    saveAttempt: (record) =>
      guard('save-attempt', () =>
        db.transaction('rw', db.attempts, db.progress, async () => {
          await db.attempts.put(record);
          await db.progress.delete(progressKey(record.trainee, record.scenarioId));
          dropDraftBackup(record.trainee, record.scenarioId);
        }),
      ),
    getAttempt: (id) =>
      guard('load-attempts', async () => {
        const raw = await db.attempts.get(id);
        if (raw === undefined) return null;
        const { repairAttempt, RecordRefused } = await attemptSchema();
        try {
          return repairAttempt(raw);
        } catch (error) {
          throw error instanceof RecordRefused ? new StorageError('corrupt', 'load-attempts', error.message) : error;
        }
      }),
    listAttempts: (trainee) =>
      guard('load-attempts', async () => {
        const rows = await db.attempts.where('trainee').equals(trainee).toArray();
        if (rows.length === 0) return [];
        const { repairAttempt } = await attemptSchema();
        const { records, refused } = readableRows(rows, repairAttempt);
        if (refused > 0) useStorageIssues.getState().report({ kind: 'corrupt', operation: 'load-attempts', detail: `${refused}` });
        return records.sort((a, b) => b.endedAt.localeCompare(a.endedAt));
      }),
    listReviews: (attemptIds) =>
      guard('load-attempts', async () => {
        if (attemptIds.length === 0) return [];
        const rows = await db.overrides.where('attemptId').anyOf([...attemptIds]).sortBy('seq');
        if (rows.length === 0) return [];
        const { parseOverride } = await overrideSchema();
        return readableRows(rows, parseOverride).records;
      }),
    listInProgress: (trainee) =>
      guard('load-progress', async () => {
        const rows = await db.progress.filter((p) => p.trainee === trainee).toArray();
        return rows.filter((p) => (p.snapshot as { value?: unknown } | null)?.value !== 'briefing').map((p) => p.scenarioId);
      }),
    watchAttempts: (trainee, onChange) => {
      // Dexie's liveQuery runs this (cheap) query once, then again after any write to the ranges it read,
      // whichever connection or tab made it. Each result only says "read again": the first one too, so a
      // write landing while the watch was being set up is never missed.
      const subscription = liveQuery(() =>
        Promise.all([
          db.attempts.where('trainee').equals(trainee).count(),
          db.progress.where('key').startsWith(progressKey(trainee, '')).count(),
          db.overrides.count(),
        ]),
      ).subscribe({
        next: () => onChange(),
        // The database failed: one more read reports it (the app's banner) and the lists' own error.
        error: () => onChange(),
      });
      return () => subscription.unsubscribe();
    },
  };
}

let shared: DrillStorage | null = null;
/** The app's storage (lazily opened, so a blocked IndexedDB fails on use, with a message, not at start-up). */
export function getDrillStorage(): DrillStorage {
  shared ??= createDexieStorage();
  return shared;
}
