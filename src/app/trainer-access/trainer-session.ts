import { create } from 'zustand';
import type { BundleSigner } from '../../domain/records/bundle-signature.ts';

/** Who unlocked the trainer tools in this tab: the reviewer of every override made here. */
export interface TrainerSession {
  name: string;
  /** `organisation`: the deployed passcode; `device`: this device's trainer set-up (or its older passcode). */
  kind: 'organisation' | 'device';
  /** The key bundles are signed and checked with (derived from the passcode; the passcode is never stored). */
  signer: BundleSigner;
}

/** Where this tab keeps its unlock (kept-session.ts): sessionStorage, so a reload stays unlocked and a new tab or a closed browser asks again. */
export const KEPT_SESSION = 'defuse.trainer-session';
let kept: string | null = null;
try {
  kept = sessionStorage.getItem(KEPT_SESSION);
} catch {
  // storage refused (privacy settings): locked, as before
}

/** In memory, and kept for this tab only. `restoring`: a kept unlock is being read back after a reload (the gate waits). */
export const useTrainerSession = create<{ trainer: TrainerSession | null; restoring: boolean }>()(() => ({ trainer: null, restoring: kept !== null }));
export const unlockTrainer = (trainer: TrainerSession) => useTrainerSession.setState({ trainer, restoring: false });
export const lockTrainer = () => {
  try {
    sessionStorage.removeItem(KEPT_SESSION);
  } catch {
    // nothing kept
  }
  useTrainerSession.setState({ trainer: null, restoring: false });
};

/** Reads a kept unlock back after a reload (its own small chunk: a first visit keeps nothing and loads nothing). */
export async function restoreKeptSession(): Promise<void> {
  const trainer = await (await import('./kept-session.ts')).readKept(KEPT_SESSION);
  // Unlocked meanwhile by the form (or locked): that wins.
  if (useTrainerSession.getState().restoring) useTrainerSession.setState({ trainer, restoring: false });
}
if (kept) void restoreKeptSession();
