// cmi5 runtime: loaded only when an LMS launched us with cmi5 parameters.
import Cmi5 from '@xapi/cmi5';
import { cmi5AttemptStatements, cmi5Terminated, type Cmi5Launch, type Cmi5Progress } from '../domain/xapi/cmi5-session.ts';
import { CMI5 } from '../domain/xapi/iris.ts';
import type { XapiContext } from '../domain/xapi/xapi.types.ts';
import { getSyncEngine } from '../lrs/sync-engine.ts';
import type { Launch } from './launch.ts';
import { setLmsSession } from './lms-session.ts';

/**
 * Runs the cmi5 launch sequence with @xapi/cmi5 (auth token from the fetch URL, LMS.LaunchData,
 * learner preferences, then `initialized`, sent at once because everything after depends on it).
 * Every later statement goes through the IndexedDB outbox in order, to the launch's LRS with the
 * session's token: answered…, at most one completed and one passed/failed, then terminated last.
 */
type Cmi5LaunchParams = Extract<Launch, { kind: 'cmi5' }>;

/** What a reload needs to resume the cmi5 session (the fetch URL works once): kept in this tab only. */
interface SavedSession {
  launch: Cmi5LaunchParams;
  authToken: string;
  initializedDate: string;
  progress: Cmi5Progress;
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
  const target = `launch:${launch.registration}`;
  await engine.setLaunchTarget(target, launch.endpoint, `Basic ${cmi5.getAuthToken()}`);
  const startedAt = cmi5.getInitializedDate();
  let progress: Cmi5Progress = resume?.progress ?? { completed: false, judged: false, terminated: false };
  const remember = () => save({ launch, authToken: cmi5.getAuthToken(), initializedDate: startedAt.toISOString(), progress });
  remember();
  setLmsSession({
    kind: 'cmi5',
    scenarioId: launch.scenarioId,
    report: async (attempt, title) => {
      if (progress.terminated) return;
      const result = cmi5AttemptStatements(attempt, { actor: launch.actor, activityId: launch.activityId, title }, session, progress);
      // One attempt is one cmi5 session: terminated follows it, last.
      progress = { ...result.progress, terminated: true };
      remember();
      await engine.enqueue(target, [...result.statements, cmi5Terminated(launch.actor, session, startedAt, new Date())]);
    },
  });
}
