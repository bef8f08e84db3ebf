import { create } from 'zustand';

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
  /** Last error (network or LRS message), without credentials. */
  lastError: string | null;
  /** When the last statement was accepted (ISO). */
  lastSentAt: string | null;
}

export const useSyncState = create<SyncState>()(() => ({ active: false, pending: 0, rejected: 0, sending: false, lastError: null, lastSentAt: null }));
