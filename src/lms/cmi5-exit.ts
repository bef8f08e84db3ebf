import { setLmsExit } from './lms-session.ts';
import { waitForDrain } from './wait-for-drain.ts';

/** How long an exit waits for the LRS before saying the records stay queued (ms). */
export const EXIT_WAIT_MS = 8000;

/** What leaving needs from the outbox (the sync engine, or a stand-in in tests). */
export interface ExitOutbox {
  /** Sends the target's pending statements now (backoff waived). */
  sendNow(target: string): Promise<void>;
  countFor(target: string): Promise<{ pending: number; unsent: number }>;
}

export interface LeaveOptions {
  outbox: ExitOutbox;
  /** `launch:<registration>`. */
  target: string;
  returnUrl?: string;
  /** Goes to the returnURL (location.assign in the app). */
  navigate: (url: string) => void;
  timeoutMs?: number;
  wait?: typeof waitForDrain;
}

/**
 * After `terminated` is queued: sends what is left of the session now, waits at most `timeoutMs` for the
 * LRS to take it, then goes to the returnURL (or says the window can be closed). If the LRS cannot be
 * reached in time the exit stops at `unsent`: the statements stay in the IndexedDB outbox and the trainee
 * chooses to try again or leave anyway.
 */
export async function leaveCmi5Session({ outbox, target, returnUrl, navigate, timeoutMs = EXIT_WAIT_MS, wait = waitForDrain }: LeaveOptions): Promise<void> {
  setLmsExit({ step: 'sending' });
  await outbox.sendNow(target);
  await wait(async () => (await outbox.countFor(target)).pending, { timeoutMs });
  const { unsent } = await outbox.countFor(target);
  if (unsent > 0) {
    setLmsExit({ step: 'unsent', count: unsent, ...(returnUrl ? { returnUrl } : {}) });
    return;
  }
  setLmsExit({ step: 'ended', ...(returnUrl ? { returnUrl } : {}) });
  if (returnUrl) navigate(returnUrl);
}
