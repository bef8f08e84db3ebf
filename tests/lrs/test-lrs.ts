// A loopback Learning Record Store for tests: 127.0.0.1 only, bounded, stops itself.
// Accepts a statement only if @learninglocker/xapi-validation finds it valid and, for cmi5
// registrations, only if it keeps cmi5's ordering rules (src/domain/xapi/cmi5-rules.ts).
import validate from '@learninglocker/xapi-validation';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkCmi5, emptyLedger, type Cmi5LedgerEntry } from '../../src/domain/xapi/cmi5-rules.ts';
import { CMI5 } from '../../src/domain/xapi/iris.ts';
import type { XapiStatement } from '../../src/domain/xapi/xapi.types.ts';

const MAX_BODY = 1 << 20;
const MAX_STATEMENTS = 5000;

export interface Cmi5Registration {
  registration: string;
  activityId: string;
  actor: { objectType: 'Agent'; name?: string; account: { homePage: string; name: string } };
  masteryScore?: number;
  moveOn?: 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';
  launchMode?: 'Normal' | 'Browse' | 'Review';
  /** LMS.LaunchData returnURL: where the AU goes when the trainee exits (e.g. `lmsPage`). */
  returnURL?: string;
}

export interface TestLrs {
  /** xAPI endpoint, ending with `/xapi/`. */
  endpoint: string;
  /** Accepted statements, in the order received. */
  statements: XapiStatement[];
  /** Refusals: the reason and the statement. */
  rejections: { reason: string; statement: unknown }[];
  /** While down, every connection is dropped (as if the server were off). */
  setDown(down: boolean): void;
  /** A page standing in for the LMS's course page (a returnURL to land on): `GET` gives a small HTML page. */
  lmsPage: string;
  /** Registers a cmi5 registration and returns the launch query (without `scenario`). */
  cmi5Launch(reg: Cmi5Registration): URLSearchParams;
  close(): Promise<void>;
}

export interface TestLrsOptions {
  key?: string;
  secret?: string;
  /** Stops itself after this long, whatever happens (default 5 minutes). */
  lifetimeMs?: number;
}

const send = (res: ServerResponse, status: number, body?: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json', 'x-experience-api-version': '1.0.3' });
  res.end(body === undefined ? undefined : JSON.stringify(body));
};

function readBody(req: IncomingMessage): Promise<string> {
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
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

export async function startTestLrs(options: TestLrsOptions = {}): Promise<TestLrs> {
  const basic = `Basic ${Buffer.from(`${options.key ?? 'test-key'}:${options.secret ?? 'test-secret'}`).toString('base64')}`;
  const statements: XapiStatement[] = [];
  const rejections: TestLrs['rejections'] = [];
  const registrations = new Map<string, Cmi5Registration & { token: string; fetchUsed: boolean; sessionId: string }>();
  const ledgers = new Map<string, Cmi5LedgerEntry>();
  let down = false;
  let endpoint = '';

  const authorised = (req: IncomingMessage) => {
    const auth = req.headers.authorization;
    return auth === basic || [...registrations.values()].some((r) => auth === `Basic ${r.token}`);
  };

  function accept(raw: unknown): string | null {
    const warnings = validate(raw);
    if (warnings.length > 0) return `invalid: ${warnings.map((w) => `${w.path.join('.')}`).join(', ')}`;
    const s = raw as XapiStatement;
    const reg = s.context?.registration ? registrations.get(s.context.registration) : undefined;
    if (reg) {
      if (s.context?.extensions?.[CMI5.sessionId] !== reg.sessionId) return 'cmi5: wrong or missing session id';
      const r = checkCmi5(ledgers.get(reg.registration) ?? emptyLedger(), s, reg.masteryScore);
      if (r.error) return `cmi5: ${r.error}`;
      ledgers.set(reg.registration, r.ledger);
    }
    if (statements.some((old) => old.id === s.id)) return null; // same id: already stored (idempotent)
    if (statements.length >= MAX_STATEMENTS) return 'store full';
    statements.push(s);
    return null;
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    // cmi5 fetch URL: one auth token, once (cmi5 §8.2.3).
    const fetchMatch = /^\/fetch\/([\w-]+)$/.exec(url.pathname);
    if (fetchMatch && req.method === 'POST') {
      const reg = registrations.get(fetchMatch[1]!);
      if (!reg) return send(res, 404, { 'error-code': '3', 'error-text': 'unknown' });
      if (reg.fetchUsed) return send(res, 200, { 'error-code': '1', 'error-text': 'already in use' });
      reg.fetchUsed = true;
      return send(res, 200, { 'auth-token': reg.token });
    }
    if (url.pathname.startsWith('/lms/') && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html lang="en"><title>Test LMS</title><main><h1>Test LMS course page</h1></main></html>');
      return;
    }
    if (!url.pathname.startsWith('/xapi/')) return send(res, 404, { error: 'not found' });
    if (!authorised(req)) return send(res, 401, { error: 'unauthorised' });
    const resource = url.pathname.slice('/xapi/'.length);
    if (resource === 'statements' && (req.method === 'POST' || req.method === 'PUT')) {
      let body: unknown;
      try {
        body = JSON.parse(await readBody(req));
      } catch {
        return send(res, 400, { error: 'not JSON' });
      }
      const list = Array.isArray(body) ? body : [body];
      for (const s of list) {
        const reason = accept(s);
        if (reason) {
          rejections.push({ reason, statement: s });
          return send(res, 400, { error: reason });
        }
      }
      return send(res, 200, list.map((s) => (s as { id: string }).id));
    }
    if (resource === 'statements' && req.method === 'GET') {
      const verb = url.searchParams.get('verb');
      const activity = url.searchParams.get('activity');
      const related = url.searchParams.get('related_activities') === 'true';
      const since = url.searchParams.get('since');
      const found = statements.filter((s) => {
        if (verb && s.verb.id !== verb) return false;
        if (since && s.timestamp <= since) return false;
        if (activity) {
          const ids = [s.object.id, ...(related ? Object.values(s.context?.contextActivities ?? {}).flat().map((a) => a.id) : [])];
          if (!ids.includes(activity)) return false;
        }
        return true;
      });
      return send(res, 200, { statements: found.slice().reverse(), more: '' });
    }
    if (resource === 'activities/state' && req.method === 'GET' && url.searchParams.get('stateId') === 'LMS.LaunchData') {
      const reg = registrations.get(url.searchParams.get('registration') ?? '');
      if (!reg) return send(res, 404, { error: 'no launch data' });
      return send(res, 200, {
        contextTemplate: {
          contextActivities: { grouping: [{ objectType: 'Activity', id: reg.activityId }] },
          extensions: { [CMI5.sessionId]: reg.sessionId },
        },
        launchMode: reg.launchMode ?? 'Normal',
        moveOn: reg.moveOn ?? 'CompletedAndPassed',
        ...(reg.masteryScore === undefined ? {} : { masteryScore: reg.masteryScore }),
        ...(reg.returnURL === undefined ? {} : { returnURL: reg.returnURL }),
      });
    }
    if (resource.startsWith('activities/state') || resource.startsWith('agents/profile')) {
      if (req.method === 'GET') return send(res, 404, { error: 'none' });
      await readBody(req);
      return send(res, 204);
    }
    return send(res, 404, { error: 'not found' });
  }

  const server = createServer((req, res) => {
    if (down) {
      req.socket.destroy();
      return;
    }
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', 'authorization, content-type, x-experience-api-version, if-match, if-none-match');
    res.setHeader('access-control-allow-methods', 'GET, POST, PUT, DELETE, OPTIONS');
    res.setHeader('access-control-expose-headers', 'x-experience-api-version, etag, last-modified');
    handle(req, res).catch((error: unknown) => send(res, 500, { error: String(error) }));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const { port } = server.address() as AddressInfo;
  endpoint = `http://127.0.0.1:${port}/xapi/`;
  const close = () =>
    new Promise<void>((ok) => {
      clearTimeout(stopper);
      server.closeAllConnections();
      server.close(() => ok());
    });
  const stopper = setTimeout(() => void close(), options.lifetimeMs ?? 5 * 60_000);
  stopper.unref();

  return {
    endpoint,
    lmsPage: `http://127.0.0.1:${port}/lms/course`,
    statements,
    rejections,
    setDown: (d) => {
      down = d;
      if (d) server.closeAllConnections();
    },
    cmi5Launch: (reg) => {
      const id = reg.registration;
      registrations.set(id, { ...reg, token: Buffer.from(`cmi5-${id}:session`).toString('base64'), fetchUsed: false, sessionId: `session-${id}` });
      return new URLSearchParams({
        endpoint,
        fetch: `http://127.0.0.1:${port}/fetch/${id}`,
        actor: JSON.stringify(reg.actor),
        registration: id,
        activityId: reg.activityId,
      });
    },
    close,
  };
}
