// Checks LRS settings when they are saved: is there an LRS at that address, does it take the key and
// secret, may the key read? Plain fetch (no xAPI library), loaded when the settings panel saves.
import { problemFor, type LrsProblem } from './lrs-problem.ts';
import type { LrsEndpoint } from './transport.ts';

export type LrsCheck =
  /** The LRS answered as an LRS and took the credentials; `canRead`: the key may read statements. */
  | { ok: true; canRead: boolean }
  | { ok: false; problem: LrsProblem };

type Fetch = typeof fetch;

const headers = (to: LrsEndpoint) => ({ Authorization: to.auth, 'X-Experience-API-Version': '1.0.3' });

/**
 * A request got no answer. In a browser a server that answers without allowing this page's address
 * (CORS) looks the same as no server: an opaque `no-cors` request (no credentials, nothing read) tells the
 * two apart — it goes through when the server is there.
 */
async function noAnswer(url: string, fetchImpl: Fetch): Promise<LrsProblem> {
  if (typeof window === 'undefined') return { kind: 'unreachable', status: null };
  try {
    await fetchImpl(url, { mode: 'no-cors', credentials: 'omit' });
    return { kind: 'cors', status: null };
  } catch {
    return { kind: 'unreachable', status: null };
  }
}

async function get(url: string, to: LrsEndpoint, fetchImpl: Fetch): Promise<{ status: number; body: unknown } | { status: null; problem: LrsProblem }> {
  try {
    const res = await fetchImpl(url, { headers: headers(to) });
    const text = await res.text();
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      // an HTML error page, or nothing: not an LRS's answer
    }
    return { status: res.status, body };
  } catch {
    return { status: null, problem: await noAnswer(url, fetchImpl) };
  }
}

/**
 * Authenticated `GET about` (an LRS answers with its xAPI versions: otherwise the address is wrong), then
 * `GET statements?limit=1` (the credentials, and whether the key may read). Says what is wrong per status.
 */
export async function checkLrs(to: LrsEndpoint, fetchImpl: Fetch = fetch): Promise<LrsCheck> {
  const about = await get(`${to.endpoint}about`, to, fetchImpl);
  if (about.status === null) return { ok: false, problem: about.problem };
  if (about.status === 401) return { ok: false, problem: { kind: 'credentials', status: 401 } };
  const versions = (about.body as { version?: unknown } | null)?.version;
  if (about.status !== 200 || !Array.isArray(versions)) return { ok: false, problem: about.status >= 500 ? problemFor(about.status, 'read') : { kind: 'notLrs', status: about.status } };
  const query = await get(`${to.endpoint}statements?limit=1`, to, fetchImpl);
  if (query.status === null) return { ok: false, problem: query.problem };
  if (query.status === 200 && Array.isArray((query.body as { statements?: unknown } | null)?.statements)) return { ok: true, canRead: true };
  // Sending may still work with a write-only key; reading back (the dashboard) will not.
  if (query.status === 403) return { ok: true, canRead: false };
  return { ok: false, problem: query.status === 200 ? { kind: 'notLrs', status: 200 } : problemFor(query.status, 'read') };
}
