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

/**
 * What lay behind a failure, as the banner sums it up in the UI language (`common.storage.cause.<cause>`): the
 * browser's own message is in English or the browser's language and means little to a trainee.
 */
export type StorageCause = 'quota' | 'blocked' | 'unavailable' | 'newerVersion' | 'damaged' | 'unknown';

export interface StorageIssue {
  id: number;
  kind: StorageFailureKind;
  operation: StorageOperation;
  /** The summary the banner shows. */
  cause: StorageCause;
  /** The browser's raw message: for a developer (the console, and folded away under the banner), not the summary. */
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
  /** `cause` is read from the kind and the detail when the caller does not give it. */
  report: (issue: Omit<StorageIssue, 'id' | 'cause'> & { cause?: StorageCause }) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useStorageIssues = create<StorageIssues>()((set) => ({
  issues: [],
  report: ({ cause, ...issue }) =>
    set((s) => {
      console.warn(`Storage failed (${issue.operation}, ${issue.kind}):`, issue.detail);
      // One banner per kind and operation is enough; keep the newest detail.
      const others = s.issues.filter((i) => i.kind !== issue.kind || i.operation !== issue.operation);
      return { issues: [...others, { ...issue, cause: cause ?? storageCause(issue.kind, issue.detail), id: nextId++ }] };
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

/**
 * The cause behind a failure of `kind`, from the error (its name, a Dexie error's inner name, its message) or the
 * browser's message alone: the quota, another tab holding an older version open, storage refused (private browsing,
 * storage turned off), data from a newer version of the app, records that could not be read, or none recognised.
 */
export function storageCause(kind: StorageFailureKind, error: unknown): StorageCause {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  const said = `${name} ${inner} ${message}`;
  if (kind === 'quota' || /QuotaExceeded|quota/i.test(said)) return 'quota';
  if (/VersionError|less than the existing version|newer version/i.test(said)) return 'newerVersion';
  if (/blocked|another (tab|connection)|versionchange/i.test(said)) return 'blocked';
  if (kind === 'corrupt') return 'damaged';
  if (kind === 'unavailable') return 'unavailable';
  return 'unknown';
}
