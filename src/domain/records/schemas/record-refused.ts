/** Thrown when a stored or imported record cannot be used; the message names the field at fault. */
export class RecordRefused extends Error {
  override name = 'RecordRefused';
  constructor(
    message: string,
    /** The field at fault (`replies[3].text`), when one is. */
    readonly field: string | null = null,
    /** What is wrong with it. */
    readonly problem: string = message,
  ) {
    super(message);
  }

  /** From zod's first issue: `field "replies[3].text": Invalid input`. */
  static fromIssue(issue: Issue | undefined): RecordRefused {
    return issue ? new RecordRefused(describeIssue(issue), issuePath(issue.path), issue.message) : new RecordRefused('invalid');
  }
}

type Issue = { path: readonly PropertyKey[]; message: string };

/** `replies[3].text` from zod's path (1-based list positions, as a person counts them). */
export const issuePath = (path: readonly PropertyKey[]) =>
  path.map((p) => (typeof p === 'number' ? `[${p + 1}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(record)';

/** One sentence for the first issue: `field "replies[3].text": Invalid input`. */
export const describeIssue = (issue: Issue | undefined) => (issue ? `field "${issuePath(issue.path)}": ${issue.message}` : 'invalid');

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The record's schemaVersion (unversioned records, with no such field, are version 1); a newer one than
 * `current` is refused, and so is one that is not a version number (`null`, `"2"`): that record was damaged,
 * not written before versions, and repairing it as version 1 would accept it silently.
 */
export function versionOf(raw: Obj, current: number): number {
  const v = raw.schemaVersion;
  if (v !== undefined && !(typeof v === 'number' && Number.isInteger(v) && v > 0)) {
    throw new RecordRefused('field "schemaVersion": not a version number', 'schemaVersion', 'not a version number');
  }
  const version = typeof v === 'number' ? v : 1;
  if (version > current) throw new RecordRefused(`written by a newer version of Defuse (schema ${version})`);
  return version;
}
