// Reads attempts back from the configured LRS for the scorecards dashboard (every device in one place).
import { DEFUSE_CATEGORY, VERBS } from '../domain/xapi/iris.ts';
import { readJudgedStatement, type LrsAttempt } from '../domain/xapi/read-attempt.ts';
import type { XapiStatement } from '../domain/xapi/xapi.types.ts';
import { useLrsSettings } from './lrs-settings.ts';
import type { LrsEndpoint } from './transport.ts';
import { basicAuth, xapiFor } from './xapi-client.ts';

export type { LrsAttempt };

export interface ReadAttemptsQuery {
  /** Only attempts stored after this time (ISO 8601). */
  since?: string;
  /** Only attempts stored up to this time (ISO 8601). */
  until?: string;
  /** Stop after this many statements per verb (default 1,000). */
  max?: number;
}

/**
 * Statements query by activity (our category, related activities) and time, once for passed and once
 * for failed, following `more` links; newest first. Uses the configured LRS unless one is given.
 */
export async function readAttemptsFromLrs(query: ReadAttemptsQuery = {}, to?: LrsEndpoint): Promise<LrsAttempt[]> {
  const s = useLrsSettings.getState();
  const endpoint = to ?? (s.endpoint ? { endpoint: s.endpoint, auth: basicAuth(s.key, s.secret) } : null);
  if (!endpoint) throw new Error('no LRS configured');
  const xapi = xapiFor(endpoint);
  const max = query.max ?? 1000;
  const out: LrsAttempt[] = [];
  for (const verb of [VERBS.passed.id, VERBS.failed.id]) {
    let seen = 0;
    let page = await xapi.getStatements({ verb, activity: DEFUSE_CATEGORY, related_activities: true, limit: Math.min(max, 500), ...(query.since ? { since: query.since } : {}), ...(query.until ? { until: query.until } : {}) });
    for (;;) {
      const statements = page.data.statements as unknown as XapiStatement[];
      for (const st of statements) {
        const a = readJudgedStatement(st);
        if (a) out.push(a);
      }
      seen += statements.length;
      const more = page.data.more;
      if (!more || seen >= max || statements.length === 0) break;
      page = (await xapi.getMoreStatements({ more })) as typeof page;
    }
  }
  return out.sort((a, b) => b.timestamp.localeCompare(a.timestamp));
}
