import type { Dimension, Scorecard } from '../scoring/scorecard.types.ts';
import type { LocalizedText } from '../scenario/scenario.types.ts';
import { ACTIVITY_TYPES, DEFUSE_CATEGORY, EXT, VERBS } from './iris.ts';
import { isoDuration, statementId } from './statement-id.ts';
import type { LanguageMap, XapiActivity, XapiAgent, XapiContext, XapiStatement } from './xapi.types.ts';

/** What a finished attempt must carry to be reported (AttemptRecord satisfies it structurally). */
export interface ReportableAttempt {
  id: string;
  scenarioId: string;
  scenarioVersion: string;
  locale: string;
  mode: string;
  /** easy, standard or hard; attempts from before difficulty existed have none (standard). */
  difficulty?: string;
  /** Seed of the play's variation: with the replies and difficulty it replays the attempt exactly. */
  seed?: number;
  replies: readonly { text: string; at: string }[];
  startedAt: string;
  endedAt: string;
  scorecard: Scorecard;
}

/** Where and as whom the statements are written. */
export interface StatementTarget {
  actor: XapiAgent;
  /** The scenario's activity id (a cmi5 launch gives it; otherwise `${base}/scenarios/${id}`). */
  activityId: string;
  /** Scenario title in all three languages. */
  title: LocalizedText;
  /** xAPI registration (a cmi5 launch's, or one per attempt). */
  registration?: string;
  /** Extra context merged into every statement (the cmi5 context template). */
  contextTemplate?: XapiContext;
  /**
   * Keeps this route's statement ids apart from every other route's. The same attempt reported to the
   * configured LRS and to a cmi5 LMS has different content (registration, cmi5 categories, even passed vs
   * failed under a mastery score), so it must not share ids: one LRS would refuse the second with 409.
   */
  idScope?: string;
}

/** The statement id for one position of an attempt, within the target's id scope. */
const idFor = (attempt: ReportableAttempt, target: StatementTarget, position: string) =>
  statementId(`${target.idScope ? `${target.idScope}/` : ''}${attempt.id}/${position}`);

/** The reply text limit we send (LRSs accept more, but a transcript line needs no more). */
export const MAX_RESPONSE = 4000;

const turnName = (title: LocalizedText, n: number): LanguageMap => ({
  'zh-Hant': `${title['zh-Hant']} · 第 ${n} 輪回覆`,
  'zh-Hans': `${title['zh-Hans']} · 第 ${n} 轮回复`,
  en: `${title.en} · reply ${n}`,
});

export const scenarioActivity = (target: StatementTarget): XapiActivity => ({
  objectType: 'Activity',
  id: target.activityId,
  definition: { type: ACTIVITY_TYPES.simulation, name: { ...target.title } },
});

/** Merges the template's context (cmi5 grouping, session id) with ours; our parent and category are added. */
export function mergeContext(template: XapiContext | undefined, own: XapiContext): XapiContext {
  const t = template ?? {};
  const ca = { ...t.contextActivities };
  const ownCa = own.contextActivities ?? {};
  for (const key of ['parent', 'grouping', 'category'] as const) {
    const joined = [...(ca[key] ?? []), ...(ownCa[key] ?? [])];
    if (joined.length > 0) ca[key] = joined;
  }
  return {
    ...t,
    ...own,
    contextActivities: ca,
    extensions: { ...t.extensions, ...own.extensions },
  };
}

function baseContext(attempt: ReportableAttempt, target: StatementTarget, parent: boolean): XapiContext {
  return mergeContext(target.contextTemplate, {
    ...(target.registration ? { registration: target.registration } : {}),
    language: attempt.locale,
    contextActivities: {
      ...(parent ? { parent: [scenarioActivity(target)] } : {}),
      category: [{ objectType: 'Activity', id: DEFUSE_CATEGORY, definition: { type: ACTIVITY_TYPES.profile } }],
    },
    extensions: {
      [EXT.attempt]: attempt.id,
      [EXT.mode]: attempt.mode,
      [EXT.scenarioVersion]: attempt.scenarioVersion,
      [EXT.difficulty]: attempt.difficulty ?? 'standard',
      ...(attempt.seed !== undefined ? { [EXT.seed]: attempt.seed } : {}),
    },
  });
}

/** One `answered` statement per played turn (cmi.interaction, long-fill-in). */
export function buildTurnStatements(attempt: ReportableAttempt, target: StatementTarget): XapiStatement[] {
  return attempt.scorecard.turns.map((turn, i) => {
    const n = i + 1;
    return {
      id: idFor(attempt, target, `turn/${n}`),
      actor: target.actor,
      verb: VERBS.answered,
      object: {
        objectType: 'Activity',
        id: `${target.activityId}/turn/${n}`,
        definition: { type: ACTIVITY_TYPES.interaction, interactionType: 'long-fill-in', name: turnName(target.title, n) },
      },
      result: {
        response: turn.reply.slice(0, MAX_RESPONSE),
        extensions: { [EXT.moves]: [...turn.acts], [EXT.forbidden]: turn.forbidden.map((f) => ({ ...f })), [EXT.hostility]: turn.hostility },
      },
      context: baseContext(attempt, target, true),
      timestamp: attempt.replies[i]?.at ?? attempt.endedAt,
    };
  });
}

export function dimensionExtensions(scorecard: Scorecard): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [dim, value] of Object.entries(scorecard.dimensions) as [Dimension, number][]) out[`${EXT.dimension}${dim}`] = value;
  return out;
}

const durationOf = (a: ReportableAttempt) => isoDuration(Date.parse(a.endedAt) - Date.parse(a.startedAt));

/** `completed` for the scenario activity. */
export function buildCompleted(attempt: ReportableAttempt, target: StatementTarget, extraContext?: XapiContext): XapiStatement {
  return {
    id: idFor(attempt, target, 'completed'),
    actor: target.actor,
    verb: VERBS.completed,
    object: scenarioActivity(target),
    result: { completion: true, duration: durationOf(attempt), extensions: { [EXT.outcome]: attempt.scorecard.outcome } },
    context: mergeContext(baseContext(attempt, target, false), extraContext ?? {}),
    timestamp: attempt.endedAt,
  };
}

/** `passed` or `failed` with the overall score and each dimension. `passed` decides the verb. */
export function buildJudged(attempt: ReportableAttempt, target: StatementTarget, passed: boolean, extraContext?: XapiContext): XapiStatement {
  const { scorecard } = attempt;
  return {
    id: idFor(attempt, target, 'judged'),
    actor: target.actor,
    verb: passed ? VERBS.passed : VERBS.failed,
    object: scenarioActivity(target),
    result: {
      score: { scaled: Math.round(scorecard.score) / 100, raw: Math.round(scorecard.score), min: 0, max: 100 },
      success: passed,
      completion: true,
      duration: durationOf(attempt),
      extensions: { ...dimensionExtensions(scorecard), [EXT.outcome]: scorecard.outcome, [EXT.hostilityCurve]: [...scorecard.hostility] },
    },
    context: mergeContext(baseContext(attempt, target, false), extraContext ?? {}),
    // A millisecond after `completed`, so ordering by timestamp keeps the issue order.
    timestamp: new Date(Date.parse(attempt.endedAt) + 1).toISOString(),
  };
}

/** The whole stream of a finished attempt for a plain LRS: answered…, completed, passed|failed. */
export function buildAttemptStatements(attempt: ReportableAttempt, target: StatementTarget): XapiStatement[] {
  return [...buildTurnStatements(attempt, target), buildCompleted(attempt, target), buildJudged(attempt, target, attempt.scorecard.passed)];
}
