/**
 * A statement waiting for (or refused by) a Learning Record Store. Written before any send is tried, so
 * a reload, a closed tab or an offline device loses nothing; removed only when the LRS has taken it.
 */
export interface OutboxRecord {
  /** Auto-increment: the send order (cmi5 needs its statements in the order they were made). */
  seq?: number;
  schemaVersion: 1;
  /** Which LRS: `settings` (the configured one) or `launch:<registration>` (a cmi5 launch's). */
  target: string;
  /** The xAPI statement, as built by domain/xapi. */
  statement: unknown;
  /** pending: will be sent; rejected: the LRS refused it (HTTP 4xx), kept and shown, not retried by itself. */
  status: 'pending' | 'rejected';
  /** Failed tries so far (drives the backoff). */
  tries: number;
  /** Not before this time (epoch ms). */
  nextTryAt: number;
  /** Last error, for the sync status (never contains credentials). */
  lastError?: string;
  createdAt: string;
}

/** Where a launch's statements go: endpoint and the session's auth header, kept locally for retries. */
export interface LrsTargetRecord {
  /** `launch:<registration>`. */
  id: string;
  schemaVersion: 1;
  endpoint: string;
  /** The full Authorization header value (cmi5 auth token). */
  auth: string;
  updatedAt: string;
}
