// cmi5 runtime: loaded only when an LMS launched us with cmi5 parameters.
import Cmi5 from '@xapi/cmi5';
import { cmi5AttemptStatements, cmi5Exit, type Cmi5Launch, type Cmi5Progress } from '../domain/xapi/cmi5-session.ts';
import { CMI5 } from '../domain/xapi/iris.ts';
import type { XapiContext } from '../domain/xapi/xapi.types.ts';
import { getSyncEngine } from '../lrs/sync-engine.ts';
import type { Launch } from './launch.ts';
import { leaveCmi5Session } from './cmi5-exit.ts';
import { setLmsExit, setLmsSession } from './lms-session.ts';
import { cmi5ReturnUrl } from './return-url.ts';

/**
 * Runs the cmi5 launch sequence with @xapi/cmi5 (auth token from the fetch URL, LMS.LaunchData,
 * learner preferences, then `initialized`, sent at once because everything after depends on it).
 * Every later statement goes through the IndexedDB outbox in order, to the launch's LRS with the
 * session's token: answered…, at most one completed and one passed/failed, then terminated last.
 * Exit (the trainee leaving) sends terminated if no attempt has, then goes to the LMS's returnURL.
 */
type Cmi5LaunchParams = Extract<Launch, { kind: 'cmi5' }>;

/** What a reload needs to resume the cmi5 session (the fetch URL works once): kept in this tab only. */
interface SavedSession {
  launch: Cmi5LaunchParams;
  authToken: string;
  initializedDate: string;
  progress: Cmi5Progress;
  /** The LMS's returnURL (http(s) only), if it gave one. */
  returnUrl?: string;
  /** The trainee chose to leave: a reload shows the session as ended. */
  exited?: boolean;
}

const SESSION_KEY = 'defuse.cmi5';

const save = (s: SavedSession) => sessionStorage.setItem(SESSION_KEY, JSON.stringify(s));

/** The session this tab was launched into, if any (a reload after the launch URL was cleaned). */
export function savedCmi5Session(): SavedSession | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    return raw ? (JSON.parse(raw) as SavedSession) : null;
  } catch {
    return null;
  }
}

/** A reload of a cmi5-launched tab: resumes the session, or, once terminated, only offers the way back. */
export async function resumeCmi5(): Promise<void> {
  const saved = savedCmi5Session();
  if (!saved) return;
  if (saved.progress.terminated) endedCmi5(saved);
  else await startCmi5(saved.launch, saved);
}

const targetOf = (launch: Cmi5LaunchParams) => `launch:${launch.registration}`;

/** Leaves through the sync engine, to the returnURL; the reason to stay (LRS unreachable) shows in the app. */
function leave(saved: SavedSession): Promise<void> {
  return leaveCmi5Session({
    outbox: getSyncEngine(),
    target: targetOf(saved.launch),
    ...(saved.returnUrl ? { returnUrl: saved.returnUrl } : {}),
    navigate: (url) => window.location.assign(url),
  });
}

/**
 * A terminated session after a reload: never initialized again and nothing more is sent for it (the
 * outbox still drains what it queued); Exit goes back to the LMS. After an exit, it shows as ended.
 */
function endedCmi5(saved: SavedSession): void {
  getSyncEngine();
  setLmsSession({
    kind: 'cmi5',
    scenarioId: saved.launch.scenarioId,
    ...(saved.returnUrl ? { returnUrl: saved.returnUrl } : {}),
    report: () => Promise.resolve(),
    exit: () => {
      save({ ...saved, exited: true });
      return leave(saved);
    },
  });
  if (saved.exited) setLmsExit({ step: 'ended', ...(saved.returnUrl ? { returnUrl: saved.returnUrl } : {}) });
}

export async function startCmi5(launch: Cmi5LaunchParams, resume: SavedSession | null = null): Promise<void> {
  const cmi5 = new Cmi5({ endpoint: launch.endpoint, fetch: launch.fetch, actor: launch.actor as never, registration: launch.registration, activityId: launch.activityId });
  // A reload resumes with the session's token and sends no second initialized.
  await cmi5.initialize(resume ? { authToken: resume.authToken, initializedDate: new Date(resume.initializedDate) } : undefined);
  const data = cmi5.getLaunchData();
  const template = data.contextTemplate as unknown as XapiContext;
  const sessionId = template.extensions?.[CMI5.sessionId];
  const session: Cmi5Launch = {
    activityId: launch.activityId,
    registration: launch.registration,
    sessionId: typeof sessionId === 'string' ? sessionId : launch.registration,
    contextTemplate: template,
    launchMode: data.launchMode,
    ...(typeof data.masteryScore === 'number' ? { masteryScore: data.masteryScore } : {}),
  };
  const engine = getSyncEngine();
  const target = targetOf(launch);
  const store = { endpoint: launch.endpoint, auth: `Basic ${cmi5.getAuthToken()}` };
  await engine.setLaunchTarget(target, store.endpoint, store.auth);
  const startedAt = cmi5.getInitializedDate();
  const returnUrl = cmi5ReturnUrl(data.returnURL, window.location.href);
  let saved: SavedSession = {
    launch,
    authToken: cmi5.getAuthToken(),
    initializedDate: startedAt.toISOString(),
    progress: resume?.progress ?? { completed: false, judged: false, terminated: false },
    ...(returnUrl ? { returnUrl } : {}),
  };
  const remember = (patch: Partial<SavedSession>) => save((saved = { ...saved, ...patch }));
  remember({});
  // The last enqueue: an exit waits for it, so a drill finished a moment before is not cut off.
  let queued: Promise<void> = Promise.resolve();
  setLmsSession({
    kind: 'cmi5',
    scenarioId: launch.scenarioId,
    ...(returnUrl ? { returnUrl } : {}),
    store,
    report: async (attempt, title) => {
      if (saved.progress.terminated) return;
      const result = cmi5AttemptStatements(attempt, { actor: launch.actor, activityId: launch.activityId, title }, session, saved.progress);
      // One attempt is one cmi5 session: terminated follows it, last.
      const end = cmi5Exit(launch.actor, session, result.progress, startedAt, new Date());
      remember({ progress: end.progress });
      await (queued = engine.enqueue(target, [...result.statements, ...end.statements]));
    },
    exit: async () => {
      await queued.catch(() => undefined); // a drill finished a moment ago: its statements are queued first
      // Leaving before an attempt finished: terminated only (nothing completed or judged).
      const before = saved.progress;
      const end = cmi5Exit(launch.actor, session, before, startedAt, new Date());
      remember({ progress: end.progress, exited: true });
      if (end.statements.length > 0) {
        try {
          await (queued = engine.enqueue(target, end.statements));
        } catch (error) {
          // Not queued, so not terminated: Try again queues it again.
          remember({ progress: before, exited: false });
          throw error;
        }
      }
      await leave(saved);
    },
  });
}
