import { buildCompleted, buildJudged, buildTurnStatements, mergeContext, type ReportableAttempt, type StatementTarget } from './build-attempt-statements.ts';
import { CMI5, VERBS } from './iris.ts';
import { isoDuration, statementId } from './statement-id.ts';
import type { XapiContext, XapiStatement } from './xapi.types.ts';

/** What the LMS said at launch (LMS.LaunchData), as far as the statements depend on it. */
export interface Cmi5Launch {
  /** The AU's activity id from the launch URL. */
  activityId: string;
  registration: string;
  /** cmi5 session id (from the context template's extensions). */
  sessionId: string;
  contextTemplate: XapiContext;
  /** 0–1; when set it decides passed/failed instead of the scenario's pass mark. */
  masteryScore?: number;
  launchMode: 'Normal' | 'Browse' | 'Review';
}

/** What this session has already reported: cmi5 allows one completed and one passed/failed per registration. */
export interface Cmi5Progress {
  completed: boolean;
  judged: boolean;
  terminated: boolean;
}

/** cmi5 statements' ids are their own (see StatementTarget.idScope): scoped by the registration. */
export const cmi5IdScope = (launch: Pick<Cmi5Launch, 'registration'>) => `cmi5/${launch.registration}`;

const categories = (moveOn: boolean): XapiContext => ({
  contextActivities: {
    category: [
      { objectType: 'Activity', id: CMI5.category },
      ...(moveOn ? [{ objectType: 'Activity' as const, id: CMI5.moveOn }] : []),
    ],
  },
});

const masteryContext = (launch: Cmi5Launch): XapiContext =>
  launch.masteryScore === undefined ? {} : { extensions: { [CMI5.masteryScore]: launch.masteryScore } };

/** cmi5: with a mastery score, pass means scaled ≥ mastery; without one, the scenario's own verdict. */
export function cmi5Passed(scaled: number, scenarioPassed: boolean, masteryScore: number | undefined): boolean {
  return masteryScore === undefined ? scenarioPassed : scaled >= masteryScore;
}

/**
 * The statements a finished attempt adds to a cmi5 session, in order, and the progress after them.
 * Browse/Review launches, and a registration already completed/judged, get only the allowed `answered`.
 */
export function cmi5AttemptStatements(attempt: ReportableAttempt, target: StatementTarget, launch: Cmi5Launch, progress: Cmi5Progress): { statements: XapiStatement[]; progress: Cmi5Progress } {
  if (progress.terminated) return { statements: [], progress };
  const t: StatementTarget = { ...target, activityId: launch.activityId, registration: launch.registration, contextTemplate: launch.contextTemplate, idScope: cmi5IdScope(launch) };
  const out = buildTurnStatements(attempt, t);
  const next = { ...progress };
  if (launch.launchMode === 'Normal') {
    if (!progress.completed) {
      out.push(buildCompleted(attempt, t, categories(true)));
      next.completed = true;
    }
    if (!progress.judged) {
      const scaled = Math.round(attempt.scorecard.score) / 100;
      const passed = cmi5Passed(scaled, attempt.scorecard.passed, launch.masteryScore);
      out.push(buildJudged(attempt, t, passed, mergeContext(categories(true), masteryContext(launch))));
      next.judged = true;
    }
  }
  return { statements: out, progress: next };
}

/** `terminated`, last in the session. */
export function cmi5Terminated(actor: StatementTarget['actor'], launch: Cmi5Launch, startedAt: Date, now: Date): XapiStatement {
  return {
    id: statementId(`${launch.sessionId}/terminated`),
    actor,
    verb: VERBS.terminated,
    object: { objectType: 'Activity', id: launch.activityId },
    result: { duration: isoDuration(now.getTime() - startedAt.getTime()) },
    context: mergeContext(launch.contextTemplate, { registration: launch.registration, ...categories(false) }),
    timestamp: now.toISOString(),
  };
}

/**
 * Ending the session when the trainee exits: `terminated`, unless an attempt already queued it. Nothing
 * else, so an exit before any finished attempt sends no completed or passed/failed (cmi5 §9.3).
 */
export function cmi5Exit(actor: StatementTarget['actor'], launch: Cmi5Launch, progress: Cmi5Progress, startedAt: Date, now: Date): { statements: XapiStatement[]; progress: Cmi5Progress } {
  if (progress.terminated) return { statements: [], progress };
  return { statements: [cmi5Terminated(actor, launch, startedAt, now)], progress: { ...progress, terminated: true } };
}
