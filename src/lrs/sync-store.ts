import { create } from 'zustand';
import type { LrsProblem } from './lrs-problem.ts';

/** What the sync status shows. Updated by the sync engine; read by the header without loading it. */
export interface SyncState {
  /** The engine is loaded (an LRS is configured or a launch reports). */
  active: boolean;
  /** Statements waiting to be sent. */
  pending: number;
  /** Statements the LRS refused (HTTP 4xx): kept, shown, retried only on request. */
  rejected: number;
  /** A send is in flight. */
  sending: boolean;
  /**
   * What stands in the way, in a form the app puts in plain words (never the LRS's own answer); null once
   * a send or a settings check succeeds.
   */
  problem: LrsProblem | null;
  /** The last check of the LRS settings (run on saving them). */
  check: { state: 'idle' } | { state: 'checking' } | { state: 'done'; problem: LrsProblem | null; canRead: boolean };
  /** When the last statement was accepted (ISO). */
  lastSentAt: string | null;
}

export const useSyncState = create<SyncState>()(() => ({ active: false, pending: 0, rejected: 0, sending: false, problem: null, check: { state: 'idle' }, lastSentAt: null }));

const OUTBOX_FLAG = 'defuse.sync.outbox';

/** Remembers (without opening IndexedDB) that the outbox holds statements, so the next visit sends them. */
export function rememberOutbox(count: number): void {
  try {
    if (count > 0) localStorage.setItem(OUTBOX_FLAG, String(count));
    else localStorage.removeItem(OUTBOX_FLAG);
  } catch {
    // storage refused: the engine still starts when an LRS is configured or launched
  }
}

export function outboxRemembered(): boolean {
  try {
    return localStorage.getItem(OUTBOX_FLAG) !== null;
  } catch {
    return false;
  }
}
