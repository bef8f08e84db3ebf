/** One LRS to send to: the xAPI endpoint and the full Authorization header value. */
export interface LrsEndpoint {
  endpoint: string;
  auth: string;
}

/** Outcome of one request. `status` null means no HTTP answer at all (offline, DNS, CORS, timeout). */
export type Failure = { ok: false; status: number | null; message: string };

export type SendResult = { ok: true } | Failure;

/** A statement read back by id: null when the LRS has none with that id. */
export type FetchResult = { ok: true; statement: unknown } | Failure;

/** What the sender needs from an LRS. The real one (xapi-client.ts) loads @xapi/xapi on first use. */
export interface LrsClient {
  /** Sends statements as one array, in order (xAPI: all stored or none). */
  send(to: LrsEndpoint, statements: readonly unknown[]): Promise<SendResult>;
  /** GET statements?statementId=…, to see what the LRS holds under an id after a 409. */
  fetchStatement(to: LrsEndpoint, id: string): Promise<FetchResult>;
}

/** An HTTP error with its status, thrown by our fetch adapter so the sender can tell 4xx from 5xx. */
export class LrsHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Shortens an LRS error body for the outbox row's diagnostics: tags dropped, whitespace folded, at most
 * 300 characters. Never shown to a user (they get an LrsProblem in plain words); never holds credentials.
 */
export const brief = (text: string) =>
  text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
