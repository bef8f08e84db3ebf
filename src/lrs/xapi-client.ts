// Loaded only with the sync engine: @xapi/xapi is never part of the first visit.
import XAPI from '@xapi/xapi';
import { brief, LrsHttpError, type LrsEndpoint, type SendResult, type Transport } from './transport.ts';

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

export const xapiTransport: Transport = async (to, statement): Promise<SendResult> => {
  try {
    await xapiFor(to).sendStatement({ statement: statement as never });
    return { ok: true };
  } catch (error) {
    if (error instanceof LrsHttpError) {
      // 409: a statement with this id is already stored (an earlier send got through; ids are deterministic).
      if (error.status === 409) return { ok: true };
      return { ok: false, status: error.status, message: `HTTP ${error.status}: ${error.message}` };
    }
    return { ok: false, status: null, message: error instanceof Error ? brief(error.message) : 'network error' };
  }
};
