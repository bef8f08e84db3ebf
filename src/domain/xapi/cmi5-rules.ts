import { CMI5, VERBS } from './iris.ts';
import type { XapiStatement } from './xapi.types.ts';

/** What a checker remembers per registration (the test LRS keeps one; the app asserts its own stream). */
export interface Cmi5LedgerEntry {
  /** Session ids that sent `initialized`. */
  initialized: string[];
  /** Session ids that sent `terminated`. */
  terminated: string[];
  completed: number;
  judged: number;
}

export const emptyLedger = (): Cmi5LedgerEntry => ({ initialized: [], terminated: [], completed: 0, judged: 0 });

const hasCategory = (s: XapiStatement, id: string) => (s.context?.contextActivities?.category ?? []).some((c) => c.id === id);

/**
 * Checks one statement against cmi5's ordering rules (cmi5 spec §9.3): initialized first in a session,
 * nothing after terminated, one completed and one passed/failed per registration, passed at or above the
 * mastery score, failed below it, the moveOn category on completed/passed/failed. Returns the reason it
 * breaks a rule, or null, and the ledger after it.
 */
export function checkCmi5(ledger: Cmi5LedgerEntry, s: XapiStatement, masteryScore?: number): { error: string | null; ledger: Cmi5LedgerEntry } {
  const session = s.context?.extensions?.[CMI5.sessionId];
  if (typeof session !== 'string') return { error: 'no cmi5 session id in context extensions', ledger };
  if (!s.context?.registration) return { error: 'no registration', ledger };
  const verb = s.verb.id;
  const next: Cmi5LedgerEntry = { ...ledger, initialized: [...ledger.initialized], terminated: [...ledger.terminated] };
  if (ledger.terminated.includes(session)) return { error: 'statement after terminated', ledger };
  if (verb === VERBS.initialized.id) {
    if (ledger.initialized.includes(session)) return { error: 'initialized twice in a session', ledger };
    next.initialized.push(session);
    return { error: null, ledger: next };
  }
  if (!ledger.initialized.includes(session)) return { error: 'statement before initialized', ledger };
  const cmi5Defined = ([VERBS.completed.id, VERBS.passed.id, VERBS.failed.id, VERBS.terminated.id] as string[]).includes(verb);
  if (cmi5Defined && !hasCategory(s, CMI5.category)) return { error: `${verb} without the cmi5 category`, ledger };
  if (verb === VERBS.completed.id) {
    if (ledger.completed > 0) return { error: 'second completed', ledger };
    if (!hasCategory(s, CMI5.moveOn)) return { error: 'completed without the moveOn category', ledger };
    if (s.result?.completion !== true) return { error: 'completed without result.completion', ledger };
    next.completed += 1;
  } else if (verb === VERBS.passed.id || verb === VERBS.failed.id) {
    if (ledger.judged > 0) return { error: 'second passed/failed', ledger };
    if (!hasCategory(s, CMI5.moveOn)) return { error: 'passed/failed without the moveOn category', ledger };
    const scaled = s.result?.score?.scaled;
    if (masteryScore !== undefined && scaled !== undefined) {
      if (verb === VERBS.passed.id && scaled < masteryScore) return { error: `passed below the mastery score (${scaled} < ${masteryScore})`, ledger };
      if (verb === VERBS.failed.id && scaled >= masteryScore) return { error: `failed at or above the mastery score (${scaled} ≥ ${masteryScore})`, ledger };
    }
    next.judged += 1;
  } else if (verb === VERBS.terminated.id) {
    next.terminated.push(session);
  }
  return { error: null, ledger: next };
}
