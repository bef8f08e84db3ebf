import { create } from 'zustand';
import type { BundleSigner } from '../../domain/records/bundle-signature.ts';

/** Who unlocked the trainer tools in this tab: the reviewer of every override made here. */
export interface TrainerSession {
  name: string;
  /** `organisation`: the deployed passcode; `device`: this device's trainer set-up (or its older passcode). */
  kind: 'organisation' | 'device';
  /** The key bundles are signed and checked with (derived from the passcode; never stored). */
  signer: BundleSigner;
}


/** Kept in memory only: a reload or a new tab asks again. */
export const useTrainerSession = create<{ trainer: TrainerSession | null }>()(() => ({ trainer: null }));
export const unlockTrainer = (trainer: TrainerSession) => useTrainerSession.setState({ trainer });
export const lockTrainer = () => useTrainerSession.setState({ trainer: null });
