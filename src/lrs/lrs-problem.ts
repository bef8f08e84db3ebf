/**
 * What went wrong talking to an LRS, as a kind the app can put in plain words (`sync.problem.<kind>` in
 * the locale files). Never the LRS's own answer: that may be an HTML error page or a stack trace.
 */
export type LrsProblemKind =
  /** No answer at all: offline, a wrong host name, the LRS is down. */
  | 'unreachable'
  /** The server answers, but not to this page: it does not allow Defuse's address (CORS). */
  | 'cors'
  /** No xAPI LRS at that address (404/405, or an answer that is not an LRS's): a wrong path. */
  | 'notLrs'
  /** 401: the key or secret is wrong. */
  | 'credentials'
  /** 403 on sending: the key may not write statements. */
  | 'noWrite'
  /** 403 on reading: the key may not read statements (the dashboard cannot read records back). */
  | 'noRead'
  /** 408/429: the LRS asked us to wait. */
  | 'busy'
  /** 5xx: the LRS failed. */
  | 'server'
  /** Another 4xx: the LRS refused a statement. */
  | 'refused'
  /** 409: the LRS holds a different statement under the same id; ours is kept, not counted as sent. */
  | 'conflict'
  /** 409, and the stored statement could not be read to compare: kept, not counted as sent. */
  | 'conflictUnverified'
  /** A statement stored on this device was damaged: set aside as refused (kept), never sent. */
  | 'damaged'
  /** The LMS that launched Defuse could not be reached at the start. */
  | 'lms';

export interface LrsProblem {
  kind: LrsProblemKind;
  /** The HTTP status, or null when there was no answer. */
  status: number | null;
}

/** The problem an HTTP answer means, for a write (sending statements) or a read. */
export function problemFor(status: number | null, op: 'write' | 'read'): LrsProblem {
  const kind: LrsProblemKind =
    status === null
      ? 'unreachable'
      : status === 401
        ? 'credentials'
        : status === 403
          ? op === 'write'
            ? 'noWrite'
            : 'noRead'
          : status === 404 || status === 405
            ? 'notLrs'
            : status === 408 || status === 429
              ? 'busy'
              : status === 409
                ? 'conflict'
                : status >= 500
                  ? 'server'
                  : 'refused';
  return { kind, status };
}

/** The address or the credentials are wrong: nothing reaches this LRS until the settings change. */
export const isSettingsProblem = (kind: LrsProblemKind) => kind === 'cors' || kind === 'notLrs' || kind === 'credentials' || kind === 'noWrite';

/**
 * Statements wait (and are tried again with backoff) rather than being refused: the LRS is away or busy,
 * or the settings are wrong — no statement is to blame, and fixing the cause sends them all.
 */
export const keepsWaiting = (kind: LrsProblemKind) => kind === 'unreachable' || kind === 'busy' || kind === 'server' || isSettingsProblem(kind);
