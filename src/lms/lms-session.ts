import { create } from 'zustand';
import type { ReportableAttempt } from '../domain/xapi/build-attempt-statements.ts';
import type { LocalizedText } from '../domain/scenario/scenario.types.ts';
import type { LrsEndpoint } from '../lrs/transport.ts';

/** The LMS that launched this page (cmi5 or SCORM), once its runtime has started. */
export interface LmsSession {
  kind: 'cmi5' | 'scorm';
  /** The scenario the LMS launched (one AU/SCO per scenario). */
  scenarioId: string;
  /** Reports a finished attempt to the LMS. */
  report(attempt: ReportableAttempt & { trainee: string }, title: LocalizedText): Promise<void>;
  /**
   * cmi5 only: ends the session (`terminated`, once), waits briefly for the outbox to send it, then goes
   * to the LMS's returnURL. Progress shows in the store's `exit`.
   */
  exit?: () => Promise<void>;
  /** cmi5: where the LMS wants the trainee back (LMS.LaunchData returnURL, http(s) only), if it said. */
  returnUrl?: string;
  /**
   * cmi5: the launch's record store (its endpoint, the session's token from the fetch URL), where the
   * organisation's documents (pack, assignments) are read when this device has no store of its own.
   */
  store?: LrsEndpoint;
}

/** Where leaving a cmi5 session has got to. */
export type LmsExit =
  /** Still in the session. */
  | { step: 'idle' }
  /** terminated is queued; waiting (briefly) for the LRS to take what is left. */
  | { step: 'sending' }
  /**
   * The wait ran out: `count` statements stay in this browser's outbox, sent on a later visit. `error`:
   * the exit itself failed (e.g. storage refused), with its message.
   */
  | { step: 'unsent'; count: number; returnUrl?: string; error?: string }
  /** The session is over; with a returnURL the page is on its way there. */
  | { step: 'ended'; returnUrl?: string };

interface LmsState {
  session: LmsSession | null;
  exit: LmsExit;
}

/** The launch session and its exit, for the header and the app (read without loading any runtime). */
export const useLmsSession = create<LmsState>()(() => ({ session: null, exit: { step: 'idle' } }));

export const getLmsSession = () => useLmsSession.getState().session;
export const setLmsSession = (session: LmsSession | null) => useLmsSession.setState({ session });
export const setLmsExit = (exit: LmsExit) => useLmsSession.setState({ exit });

// A cmi5 launch under way (fetching its token): whoever needs the launch's record store waits for it.
let launching: Promise<unknown> | null = null;

/** Called by the launch code with the runtime's start (it never rejects: failures are reported there). */
export const setLmsLaunching = (started: Promise<unknown> | null) => {
  launching = started;
};

/**
 * The launch's record store once the launch has started (or failed); null without a cmi5 launch, or when
 * the LMS has not answered within `waitMs` (the organisation's served packs must not wait on a hung LMS).
 */
export async function lmsRecordStore(waitMs = 10_000): Promise<LrsEndpoint | null> {
  if (launching) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([launching, new Promise((ok) => (timer = setTimeout(ok, waitMs)))]);
    clearTimeout(timer);
  }
  return getLmsSession()?.store ?? null;
}

/** Starts (or retries) leaving the cmi5 session; a failure shows as the exit's state instead of being lost. */
export function exitLmsSession(): void {
  const session = getLmsSession();
  session?.exit?.().catch((error: unknown) => {
    setLmsExit({ step: 'unsent', count: 0, error: error instanceof Error ? error.message : String(error), ...(session.returnUrl ? { returnUrl: session.returnUrl } : {}) });
  });
}
