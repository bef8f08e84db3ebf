// The xAPI 1.0.3 Activity Profile resource (Communication §2.7.3): one JSON document per activity and
// profile id, read with GET and written with PUT under ETag concurrency (If-Match with the ETag read, or
// If-None-Match: * for a first write), so two trainers publishing at once cannot overwrite each other
// unseen. Plain fetch: devices read these documents at start, before @xapi/xapi is loaded.
import { brief, type Failure, type LrsEndpoint } from './transport.ts';

const VERSION = '1.0.3';

/** A document read: its text and the ETag to write it back with; null text when the LRS has none. */
export type DocumentRead = { ok: true; text: string | null; etag: string | null } | Failure;

/** Written; `conflict` when someone changed (or created) the document since it was read (HTTP 412/409). */
export type DocumentWrite = { ok: true } | { ok: false; conflict: true; status: number; message: string } | (Failure & { conflict?: false });

const url = (to: LrsEndpoint, activityId: string, profileId: string) => {
  const u = new URL('activities/profile', to.endpoint.endsWith('/') ? to.endpoint : `${to.endpoint}/`);
  u.searchParams.set('activityId', activityId);
  u.searchParams.set('profileId', profileId);
  return u.href;
};

/**
 * The same JSON in ASCII only: every other character as a \u escape (they can only stand inside strings).
 * Learning Locker's activity-profile service decodes a request body chunk by chunk and broke a Chinese
 * character that fell on a chunk boundary (a pack's hash then failed on every device; the browser test
 * found it); ASCII has no multi-byte characters to split, and parses to the same document.
 */
export function asciiJson(json: string): string {
  return json.replace(/[^ -~\t\n\r]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `Basic …` for a key and secret, without loading the xAPI library (UTF-8, as browsers send it). */
export function basicAuthHeader(key: string, secret: string): string {
  const bytes = new TextEncoder().encode(`${key}:${secret}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

export async function getActivityProfile(to: LrsEndpoint, activityId: string, profileId: string, fetchImpl: typeof fetch = fetch): Promise<DocumentRead> {
  let res: Response;
  try {
    res = await fetchImpl(url(to, activityId, profileId), { headers: { Authorization: to.auth, 'X-Experience-API-Version': VERSION }, cache: 'no-store' });
  } catch (error) {
    return { ok: false, status: null, message: error instanceof Error ? brief(error.message) : 'network error' };
  }
  const text = await res.text();
  if (res.status === 404) return { ok: true, text: null, etag: null };
  if (!res.ok) return { ok: false, status: res.status, message: `HTTP ${res.status}: ${brief(text)}` };
  return { ok: true, text, etag: res.headers.get('ETag') };
}

/**
 * Writes the document (JSON text, sent as ASCII: asciiJson). `etag`: the one read (If-Match), or null
 * for "only if there is none yet" (If-None-Match: *). A 412 (or the 409 an LRS sends for a missing precondition) is a conflict.
 */
export async function putActivityProfile(to: LrsEndpoint, activityId: string, profileId: string, body: string, etag: string | null, fetchImpl: typeof fetch = fetch): Promise<DocumentWrite> {
  let res: Response;
  try {
    res = await fetchImpl(url(to, activityId, profileId), {
      method: 'PUT',
      headers: { Authorization: to.auth, 'X-Experience-API-Version': VERSION, 'Content-Type': 'application/json', ...(etag === null ? { 'If-None-Match': '*' } : { 'If-Match': etag }) },
      body: asciiJson(body),
    });
  } catch (error) {
    return { ok: false, status: null, message: error instanceof Error ? brief(error.message) : 'network error' };
  }
  if (res.ok) return { ok: true };
  const text = brief(await res.text());
  if (res.status === 412 || res.status === 409) return { ok: false, conflict: true, status: res.status, message: `HTTP ${res.status}: ${text}` };
  return { ok: false, status: res.status, message: `HTTP ${res.status}: ${text}` };
}
