// Reads attempts back from the configured LRS for the scorecards dashboard (every device in one place).
import { DEFUSE_CATEGORY, VERBS } from '../domain/xapi/iris.ts';
import { readJudgedStatement, type LrsAttempt } from '../domain/xapi/read-attempt.ts';
import type { XapiStatement } from '../domain/xapi/xapi.types.ts';
import { problemFor, type LrsProblem } from './lrs-problem.ts';
import { useLrsSettings } from './lrs-settings.ts';
import type { LrsEndpoint } from './transport.ts';
import { basicAuth, failure, getMore, xapiFor } from './xapi-client.ts';

export type { LrsAttempt };

export interface ReadAttemptsQuery {
  /** Only attempts the LRS stored after this time (ISO 8601; xAPI filters on `stored`). */
  since?: string;
  /** Only attempts the LRS stored up to this time (ISO 8601). */
  until?: string;
  /** Stop after this many statements per verb (default 1,000). */
  max?: number;
  /** Statements per page asked of the LRS (default 500; the LRS may send fewer and a `more` link). */
  pageSize?: number;
}

/** Reading failed: `problem` says why in a form the app puts in plain words. */
export class LrsReadError extends Error {
  constructor(readonly problem: LrsProblem) {
    super(`LRS read failed: ${problem.kind}${problem.status === null ? '' : ` (HTTP ${problem.status})`}`);
  }
}

/** Why a read failed, as a problem kind the app words (sync.problem.*): never the LRS's own answer. */
export const readProblem = (error: unknown): LrsProblem => (error instanceof LrsReadError ? error.problem : { kind: 'unreachable', status: null });

/**
 * Statements query by activity (our category, related activities) and time, once for passed and once
 * for failed, following `more` links; newest first. Uses the configured LRS unless one is given.
 */
export async function readAttemptsFromLrs(query: ReadAttemptsQuery = {}, to?: LrsEndpoint): Promise<LrsAttempt[]> {
  const s = useLrsSettings.getState();
  const endpoint = to ?? (s.endpoint ? { endpoint: s.endpoint, auth: basicAuth(s.key, s.secret) } : null);
  if (!endpoint) throw new LrsReadError({ kind: 'notLrs', status: null });
  try {
    return await read(endpoint, query);
  } catch (error) {
    if (error instanceof LrsReadError) throw error;
    throw new LrsReadError(problemFor(failure(error).status, 'read'));
  }
}

async function read(endpoint: LrsEndpoint, query: ReadAttemptsQuery): Promise<LrsAttempt[]> {
  const xapi = xapiFor(endpoint);
  const max = query.max ?? 1000;
  const out: LrsAttempt[] = [];
  for (const verb of [VERBS.passed.id, VERBS.failed.id]) {
    let seen = 0;
    const first = await xapi.getStatements({ verb, activity: DEFUSE_CATEGORY, related_activities: true, limit: Math.min(max, query.pageSize ?? 500), ...(query.since ? { since: query.since } : {}), ...(query.until ? { until: query.until } : {}) });
    let page = first.data as unknown as { statements: unknown[]; more?: string };
    for (;;) {
      if (!Array.isArray(page?.statements)) throw new LrsReadError({ kind: 'notLrs', status: 200 });
      for (const st of page.statements as XapiStatement[]) {
        const a = readJudgedStatement(st);
        if (a) out.push(a);
      }
      seen += page.statements.length;
      if (!page.more || seen >= max || page.statements.length === 0) break;
      page = await getMore(endpoint, page.more);
    }
  }
  return out.sort((a, b) => b.timestamp.localeCompare(a.timestamp));
}
