// The small double for what Learning Locker's statement service lacks: a cmi5 LMS's fetch URL
// (cmi5 §8.2), the State resource holding LMS.LaunchData (xAPI Communication §2.3, cmi5 §10), the Agent
// Profile resource (cmi5LearnerPreferences) and a course page to return to. Where it stands in for an LRS
// it follows the spec: version header required, the session's credentials required, 400 for a missing
// parameter, 404 for no document, ETag on a document, 204 on a write.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CMI5 } from '../../src/domain/xapi/iris.ts';

export interface Cmi5Registration {
  registration: string;
  activityId: string;
  actor: { objectType: 'Agent'; name?: string; account: { homePage: string; name: string } };
  masteryScore?: number;
  moveOn?: 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';
  launchMode?: 'Normal' | 'Browse' | 'Review';
  /** LMS.LaunchData returnURL: where the AU goes when the trainee exits. */
  returnURL?: string;
  /** The session credentials' scopes in the LRS (default `statements/write`, `statements/read`; `profile` reads documents). */
  scopes?: string[];
}

export interface LaunchedRegistration extends Cmi5Registration {
  /** The session's credentials, handed out once by the fetch URL. */
  key: string;
  secret: string;
  fetchUsed: boolean;
  sessionId: string;
}

const json = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', 'x-experience-api-version': '1.0.3', ...headers });
  res.end(body === undefined ? undefined : JSON.stringify(body));
};

const sameAgent = (raw: string | null, actor: Cmi5Registration['actor']) => {
  try {
    const a = JSON.parse(raw ?? '') as { account?: { homePage?: string; name?: string } };
    return a.account?.homePage === actor.account.homePage && a.account?.name === actor.account.name;
  } catch {
    return false;
  }
};

export function launchData(reg: LaunchedRegistration) {
  return {
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: reg.activityId }] },
      extensions: { [CMI5.sessionId]: reg.sessionId },
    },
    launchMode: reg.launchMode ?? 'Normal',
    moveOn: reg.moveOn ?? 'CompletedAndPassed',
    ...(reg.masteryScore === undefined ? {} : { masteryScore: reg.masteryScore }),
    ...(reg.returnURL === undefined ? {} : { returnURL: reg.returnURL }),
  };
}

/**
 * Handles the double's routes; returns false for anything else (the statement service answers it).
 * `body` is the request body, already read.
 */
export function handleLmsDouble(req: IncomingMessage, res: ServerResponse, body: string, registrations: Map<string, LaunchedRegistration>, documents: Map<string, string>): boolean {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const fetchMatch = /^\/fetch\/([\w-]+)$/.exec(url.pathname);
  if (fetchMatch) {
    if (req.method !== 'POST') return json(res, 405, { 'error-code': '3', 'error-text': 'POST only' }), true;
    const reg = registrations.get(fetchMatch[1]!);
    if (!reg) return json(res, 404, { 'error-code': '3', 'error-text': 'unknown launch' }), true;
    // cmi5 §8.2.3: the token is handed out once; a second request gets an error document.
    if (reg.fetchUsed) return json(res, 200, { 'error-code': '1', 'error-text': 'already in use' }), true;
    reg.fetchUsed = true;
    return json(res, 200, { 'auth-token': Buffer.from(`${reg.key}:${reg.secret}`).toString('base64') }), true;
  }
  if (url.pathname.startsWith('/lms/') && req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="en"><title>Test LMS</title><main><h1>Test LMS course page</h1></main></html>');
    return true;
  }
  const resource = url.pathname.replace(/^\/data\/xAPI\//, '');
  if (resource !== 'activities/state' && resource !== 'agents/profile') return false;
  if (req.method === 'OPTIONS') return false; // preflight: answered with the CORS headers by the caller
  if (!req.headers['x-experience-api-version']) return json(res, 400, { message: 'X-Experience-API-Version header missing' }), true;
  const auth = req.headers.authorization ?? '';
  const session = [...registrations.values()].find((r) => auth === `Basic ${Buffer.from(`${r.key}:${r.secret}`).toString('base64')}`);
  if (!session) return json(res, 401, { message: 'Unauthorised' }), true;
  const p = url.searchParams;
  const required = resource === 'activities/state' ? ['activityId', 'agent', 'stateId'] : ['agent', 'profileId'];
  const missing = required.filter((k) => !p.get(k));
  if (missing.length > 0) return json(res, 400, { message: `missing ${missing.join(', ')}` }), true;
  const docKey = `${resource}|${p.get('activityId') ?? ''}|${p.get('agent')}|${p.get('registration') ?? ''}|${p.get('stateId') ?? p.get('profileId')}`;
  if (req.method === 'PUT' || req.method === 'POST') {
    documents.set(docKey, body);
    return json(res, 204), true;
  }
  if (req.method === 'DELETE') {
    documents.delete(docKey);
    return json(res, 204), true;
  }
  if (req.method !== 'GET') return json(res, 405, { message: 'method not allowed' }), true;
  let doc = documents.get(docKey);
  if (doc === undefined && resource === 'activities/state' && p.get('stateId') === 'LMS.LaunchData') {
    const reg = registrations.get(p.get('registration') ?? '');
    if (reg && reg === session && reg.activityId === p.get('activityId') && sameAgent(p.get('agent'), reg.actor)) doc = JSON.stringify(launchData(reg));
  }
  if (doc === undefined) return json(res, 404, { message: 'no such document' }), true;
  res.writeHead(200, { 'content-type': 'application/json', 'x-experience-api-version': '1.0.3', etag: `"${createHash('sha1').update(doc).digest('hex')}"` });
  res.end(doc);
  return true;
}
