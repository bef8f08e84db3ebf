/** One LRS to send to: the xAPI endpoint and the full Authorization header value. */
export interface LrsEndpoint {
  endpoint: string;
  auth: string;
}

/** Outcome of one send. `status` null means no HTTP answer at all (offline, DNS, CORS, timeout). */
export type SendResult = { ok: true } | { ok: false; status: number | null; message: string };

/** Sends one statement. The real one (xapi-client.ts) loads @xapi/xapi on first use. */
export type Transport = (to: LrsEndpoint, statement: unknown) => Promise<SendResult>;

/** An HTTP error with its status, thrown by our fetch adapter so the sender can tell 4xx from 5xx. */
export class LrsHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Shortens an LRS error body for display (never includes request headers, so never credentials). */
export const brief = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 300);
