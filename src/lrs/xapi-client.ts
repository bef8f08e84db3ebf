// Loaded only with the sync engine: @xapi/xapi is never part of the first visit.
import XAPI from '@xapi/xapi';
import { brief, LrsHttpError, type Failure, type LrsClient, type LrsEndpoint } from './transport.ts';

/** fetch, throwing LrsHttpError with the status (the library's own fetch adapter drops it). */
interface AdapterRequest {
  url: string;
  method: string;
  headers?: Record<string, unknown>;
  data?: unknown;
}

const adapter = async ({ url, method, data, headers }: AdapterRequest) => {
  const h = (headers ?? {}) as Record<string, string>;
  const body = data === undefined ? undefined : h['Content-Type'] === 'application/json' ? JSON.stringify(data) : (data as BodyInit);
  const res = await fetch(url, { method, headers: h, ...(body === undefined ? {} : { body }) });
  const text = await res.text();
  if (!res.ok) throw new LrsHttpError(res.status, brief(text) || res.statusText);
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { data: parsed, headers: Object.fromEntries(res.headers.entries()), status: res.status };
};

export function xapiFor(to: LrsEndpoint): XAPI {
  return new XAPI({ endpoint: to.endpoint, auth: to.auth, adapter: adapter as ConstructorParameters<typeof XAPI>[0]['adapter'] });
}

export const basicAuth = (key: string, secret: string) => XAPI.toBasicAuth(key, secret);

/**
 * Follows a statement result's `more` link. xAPI makes it relative to the LRS's host (usually an absolute
 * path); resolved against the endpoint, so a full URL works too.
 */
export async function getMore(to: LrsEndpoint, more: string): Promise<{ statements: unknown[]; more?: string }> {
  const { data } = await adapter({ url: new URL(more, to.endpoint).href, method: 'GET', headers: { Authorization: to.auth, 'X-Experience-API-Version': '1.0.3' } });
  return data as { statements: unknown[]; more?: string };
}

/** A thrown error as the sender's failure: HTTP status when the LRS answered, else null (no answer). */
export function failure(error: unknown): Failure {
  if (error instanceof LrsHttpError) return { ok: false, status: error.status, message: `HTTP ${error.status}: ${error.message}` };
  return { ok: false, status: null, message: error instanceof Error ? brief(error.message) : 'network error' };
}

export const xapiClient: LrsClient = {
  async send(to, statements) {
    try {
      await xapiFor(to).sendStatements({ statements: statements as never });
      return { ok: true };
    } catch (error) {
      return failure(error);
    }
  },
  async fetchStatement(to, id) {
    try {
      const { data } = await xapiFor(to).getStatement({ statementId: id });
      return { ok: true, statement: data };
    } catch (error) {
      if (error instanceof LrsHttpError && error.status === 404) return { ok: true, statement: null };
      return failure(error);
    }
  },
};
