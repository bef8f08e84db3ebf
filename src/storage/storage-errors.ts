import { create } from 'zustand';

/** Why storage failed, in terms the trainee can act on. Each kind has a message in the locale files. */
export type StorageFailureKind = 'quota' | 'unavailable' | 'corrupt' | 'unknown';
/** What the app was doing when it failed. */
export type StorageOperation =
  | 'save-progress'
  | 'load-progress'
  | 'save-attempt'
  | 'load-attempts'
  | 'clear-progress'
  | 'save-passcode'
  | 'load-passcode'
  | 'import-attempts'
  | 'save-override';
/** Operations whose titles live in the locale files' `guard.storage` block (the others in `common.storage`). */
export const GUARD_OPERATIONS: readonly StorageOperation[] = ['save-passcode', 'load-passcode', 'import-attempts', 'save-override'];

export interface StorageIssue {
  id: number;
  kind: StorageFailureKind;
  operation: StorageOperation;
  /** Technical detail (the browser's message), shown small under the translated explanation. */
  detail: string;
}

/** A storage failure: never swallowed; reported to the issues store and rethrown to the caller. */
export class StorageError extends Error {
  override name = 'StorageError';
  constructor(
    readonly kind: StorageFailureKind,
    readonly operation: StorageOperation,
    detail: string,
  ) {
    super(detail);
  }
}

interface StorageIssues {
  issues: StorageIssue[];
  report: (issue: Omit<StorageIssue, 'id'>) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useStorageIssues = create<StorageIssues>()((set) => ({
  issues: [],
  report: (issue) =>
    set((s) => {
      // One banner per kind and operation is enough; keep the newest detail.
      const others = s.issues.filter((i) => i.kind !== issue.kind || i.operation !== issue.operation);
      return { issues: [...others, { ...issue, id: nextId++ }] };
    }),
  dismiss: (id) => set((s) => ({ issues: s.issues.filter((i) => i.id !== id) })),
}));

/** Maps an IndexedDB / Dexie error to a kind. */
export function classifyStorageError(error: unknown): StorageFailureKind {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const names = `${name} ${inner}`;
  if (/QuotaExceeded/i.test(names)) return 'quota';
  if (/MissingAPI|InvalidState|SecurityError|OpenFailed|DatabaseClosed|UnknownError|VersionError/i.test(names)) return 'unavailable';
  if (/RecordRefused|DataError|DataClone/i.test(names)) return 'corrupt';
  return 'unknown';
}
