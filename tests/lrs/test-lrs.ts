// The LRS the learning-record tests run against: Learning Locker's statement service (real, in-process,
// ./learning-locker-service.ts) behind a loopback front that adds only what a test needs to see or
// break (the LRS going down, a response lost on the way back, a tally of what was accepted or refused)
// and the small cmi5 LMS double (./lms-double.ts). 127.0.0.1 only, bounded, stops itself.
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { XapiStatement } from '../../src/domain/xapi/xapi.types.ts';
import { startLearningLocker, type LlClient } from './learning-locker-service.ts';
import { handleLmsDouble, type Cmi5Registration, type LaunchedRegistration } from './lms-double.ts';

export type { Cmi5Registration };

const MAX_BODY = 8 << 20;

/** One statements request as the LRS answered it. */
export interface LrsExchange {
  method: string;
  status: number;
  /** Statements in the request body. */
  count: number;
  /** The LRS's error message (4xx/5xx). */
  message?: string;
}

export interface TestLrs {
  /** xAPI endpoint, `http://127.0.0.1:PORT/data/xAPI/` (as Learning Locker serves it). */
  endpoint: string;
  /** The same LRS at an address that answers without CORS headers (a browser refuses to read it). */
  noCorsEndpoint: string;
  /** Statements as Learning Locker stored them, in the order stored. */
  readonly statements: XapiStatement[];
  /** Every statements POST/PUT answered with a 4xx/5xx. */
  readonly rejections: LrsExchange[];
  /** Statements accepted (2xx) and refused (4xx) since the last reset, counted per statement sent. */
  tally(): { accepted: number; refused: number; requests: number };
  /** While down, every connection is dropped (as if the server were off). */
  setDown(down: boolean): void;
  /** The next `n` statement writes reach the LRS (and are stored) but their answers are lost. */
  loseResponses(n: number): void;
  /** Adds a client with its own credentials and scopes (e.g. a write-only key). */
  addClient(client: LlClient): void;
  /** A page standing in for the LMS's course page (a returnURL to land on). */
  lmsPage: string;
  /** Registers a cmi5 registration and returns the launch query (without `scenario`). */
  cmi5Launch(reg: Cmi5Registration): URLSearchParams;
  /** Empties the store, the tally and the launches; back up; default clients only. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export interface TestLrsOptions {
  key?: string;
  secret?: string;
  /** Stops itself after this long, whatever happens (default 5 minutes). */
  lifetimeMs?: number;
  /** Listen on this port (default: any free one). */
  port?: number;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((ok, fail) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        fail(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => ok(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

const countStatements = (body: Buffer) => {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as unknown;
    return Array.isArray(parsed) ? parsed.length : 1;
  } catch {
    return 0;
  }
};

export async function startTestLrs(options: TestLrsOptions = {}): Promise<TestLrs> {
  const defaults: LlClient[] = [{ key: options.key ?? 'test-key', secret: options.secret ?? 'test-secret', scopes: ['statements/write', 'statements/read'] }];
  const ll = await startLearningLocker(defaults);
  let extra: LlClient[] = [];
  const registrations = new Map<string, LaunchedRegistration>();
  const documents = new Map<string, string>();
  let exchanges: LrsExchange[] = [];
  let down = false;
  let lose = 0;
  const syncClients = () => ll.setClients([...defaults, ...extra, ...[...registrations.values()].map((r) => ({ key: r.key, secret: r.secret, scopes: r.scopes ?? ['statements/write', 'statements/read'] }))]);

  /** Forwards to Learning Locker; returns its answer (status, headers, body). */
  const forward = (req: IncomingMessage, path: string, body: Buffer) =>
    new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>((ok, fail) => {
      const out = request(`${ll.origin}${path}`, { method: req.method, headers: { ...req.headers, host: new URL(ll.origin).host } }, (res) => {
        readBody(res).then((b) => ok({ status: res.statusCode ?? 502, headers: res.headers, body: b }), fail);
      });
      out.on('error', fail);
      out.end(body);
    });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const noCors = url.pathname.startsWith('/no-cors/');
    const path = noCors ? url.pathname.slice('/no-cors'.length) + url.search : url.pathname + url.search;
    if (noCors && req.method === 'OPTIONS') {
      res.writeHead(204).end(); // a preflight without Access-Control-Allow-*: the browser stops here
      return;
    }
    const body = await readBody(req);
    if (!noCors) {
      res.setHeader('access-control-allow-origin', req.headers.origin ?? '*');
      // CORS for the whole host, as a deployment's proxy typically sets it: any path's preflight passes.
      if (req.method === 'OPTIONS') {
        res.setHeader('access-control-allow-headers', 'authorization, content-type, x-experience-api-version, if-match, if-none-match');
        res.setHeader('access-control-allow-methods', 'GET, POST, PUT, DELETE, OPTIONS');
        res.writeHead(204).end();
        return;
      }
      res.setHeader('access-control-expose-headers', 'x-experience-api-version, etag, last-modified');
      if (handleLmsDouble(req, res, body.toString('utf8'), registrations, documents)) return;
    }
    const isWrite = /^\/data\/xAPI\/statements\/?$/i.test(new URL(path, 'http://x').pathname) && (req.method === 'POST' || req.method === 'PUT');
    const answer = await forward(req, path, body);
    if (isWrite) {
      const exchange: LrsExchange = { method: req.method ?? '', status: answer.status, count: countStatements(body) };
      if (answer.status >= 400) exchange.message = answer.body.toString('utf8').slice(0, 500);
      exchanges.push(exchange);
      if (lose > 0) {
        lose -= 1;
        req.socket.destroy(); // stored, but the sender never hears so
        return;
      }
    }
    const headers = { ...answer.headers };
    delete headers['transfer-encoding'];
    delete headers.connection;
    if (noCors) for (const h of Object.keys(headers)) if (h.startsWith('access-control-')) delete headers[h];
    res.writeHead(answer.status, headers);
    res.end(answer.body);
  }

  const server = createServer((req, res) => {
    if (down) {
      req.socket.destroy();
      return;
    }
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', () => ok()));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const endpoint = `${origin}/data/xAPI/`;
  const close = async () => {
    clearTimeout(stopper);
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
    await ll.close();
  };
  const stopper = setTimeout(() => void close(), options.lifetimeMs ?? 5 * 60_000);
  stopper.unref();

  return {
    endpoint,
    noCorsEndpoint: `${origin}/no-cors/data/xAPI/`,
    lmsPage: `${origin}/lms/course`,
    get statements() {
      return ll.stored() as unknown as XapiStatement[];
    },
    get rejections() {
      return exchanges.filter((e) => e.status >= 400);
    },
    tally: () => ({
      accepted: exchanges.filter((e) => e.status < 300).reduce((n, e) => n + e.count, 0),
      refused: exchanges.filter((e) => e.status >= 400 && e.status < 500).reduce((n, e) => n + e.count, 0),
      requests: exchanges.length,
    }),
    setDown: (d) => {
      down = d;
      if (d) server.closeAllConnections();
    },
    loseResponses: (n) => {
      lose = n;
    },
    addClient: (client) => {
      extra.push(client);
      syncClients();
    },
    cmi5Launch: (reg) => {
      const id = reg.registration;
      registrations.set(id, { ...reg, key: `cmi5-${id}`, secret: 'session', fetchUsed: false, sessionId: `session-${id}` });
      syncClients();
      return new URLSearchParams({ endpoint, fetch: `${origin}/fetch/${id}`, actor: JSON.stringify(reg.actor), registration: id, activityId: reg.activityId });
    },
    reset: async () => {
      down = false;
      lose = 0;
      extra = [];
      exchanges = [];
      registrations.clear();
      documents.clear();
      syncClients();
      await ll.reset();
    },
    close,
  };
}
