// Drills in progress that could not be resumed, kept aside (SetAsideProgressRecord). Loaded only when one is met or
// listed (with the drill, never with the library's first visit: tests/e2e/library.test.ts budgets that). The caller
// names where the drill's unsent draft is kept (draft-backup.ts stays in the first-visit chunk, not shared with this one).
import type { DefuseDb } from './db.ts';
import type { SetAsideDrill } from './drill-storage.ts';
import { progressKey, SET_ASIDE_VERSION } from './progress-key.ts';

/** The copy of the unsent draft kept on leaving, as stored (any attempt's, unread), or null. */
function storedDraft(draftKey: string): string | null {
  try {
    return window.localStorage.getItem(draftKey);
  } catch {
    return null;
  }
}

/**
 * Moves the row at the drill's key to setAsideProgress, as stored, with the draft kept on leaving (in localStorage at
 * `draftKey`), in one transaction: never lost, never left in the way. False when nothing was stored.
 */
export function setAside(db: DefuseDb, trainee: string, scenarioId: string, reason: string, draftKey: string): Promise<boolean> {
  const key = progressKey(trainee, scenarioId);
  const draftBackup = storedDraft(draftKey);
  return db.transaction('rw', db.progress, db.setAsideProgress, async () => {
    const record: unknown = await db.progress.get(key);
    if (record === undefined) return false;
    await db.setAsideProgress.add({ schemaVersion: SET_ASIDE_VERSION, key, trainee, scenarioId, reason, setAsideAt: new Date().toISOString(), record, draftBackup });
    await db.progress.delete(key);
    return true;
  });
}

/** This trainee's drills of this scenario set aside, oldest first. */
export async function listSetAside(db: DefuseDb, trainee: string, scenarioId: string): Promise<SetAsideDrill[]> {
  const rows = await db.setAsideProgress.where('key').equals(progressKey(trainee, scenarioId)).sortBy('id');
  if (rows.length === 0) return [];
  // On demand (zod is loaded with the drill by now): a static import here regrouped the library's first-visit chunks, over budget.
  const { parseSetAside } = await import('./progress-record.ts');
  // One this version cannot read stays stored, as every refused row does (readable-rows.ts), and is not offered.
  return rows.flatMap((row) => {
    try {
      const drill = parseSetAside(row);
      return drill.id === undefined ? [] : [drill as SetAsideDrill];
    } catch {
      return [];
    }
  });
}
