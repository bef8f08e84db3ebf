// A drill's unsent reply, kept synchronously when the page goes away. On pagehide (a reload, another site,
// a closed tab) the document is torn down before an IndexedDB write can finish — even a raw put started
// there is lost — so the draft is also written to localStorage, which is synchronous, and read back with
// the drill's progress. The next IndexedDB save of that drill makes the copy unneeded and removes it.
import { progressKey } from './progress-key.ts';

interface Backup {
  attemptId: string;
  draft: string;
}

/** Where the copy is kept (localStorage): set-aside.ts reads it as stored. */
export const keyOf = (trainee: string, scenarioId: string) => `defuse.draft:${encodeURIComponent(progressKey(trainee, scenarioId))}`;

/** Never throws: private browsing or a full quota only means the copy is not kept. */
function store(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function backUpDraft(trainee: string, scenarioId: string, backup: Backup): void {
  try {
    store()?.setItem(keyOf(trainee, scenarioId), JSON.stringify(backup));
  } catch {
    // Quota or storage disabled: the IndexedDB write may still land.
  }
}

/** The draft kept for this attempt on leaving, or null (none, another attempt's, or unreadable). */
export function readDraftBackup(trainee: string, scenarioId: string, attemptId: string, maxLength: number): string | null {
  try {
    const raw = store()?.getItem(keyOf(trainee, scenarioId));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Backup>;
    return value.attemptId === attemptId && typeof value.draft === 'string' && value.draft.length <= maxLength ? value.draft : null;
  } catch {
    return null;
  }
}

export function dropDraftBackup(trainee: string, scenarioId: string): void {
  try {
    store()?.removeItem(keyOf(trainee, scenarioId));
  } catch {
    // Nothing to do: a stale copy is ignored once its attempt is over.
  }
}
