import type { MisreadFlag } from '../records/misread-flag.ts';
import { MAX_RESPONSE } from './build-attempt-statements.ts';
import { ACTIVITY_TYPES, DEFUSE_CATEGORY, DEFUSE_IRI, EXT } from './iris.ts';
import { statementId } from './statement-id.ts';
import type { XapiActivity, XapiAgent, XapiContext, XapiStatement, XapiVerb } from './xapi.types.ts';

/**
 * A trainee's "I think this was misread" as an xAPI statement. The verb is ADL's `commented` ("offered an
 * opinion on the activity"): a standard verb every LRS report shows in plain words, where an invented verb
 * would read as an IRI; what the comment is about is said by the category below and the extensions.
 * Withdrawing a sent flag voids it with ADL's `voided` (xAPI §2.3.2), the only way to take a statement back.
 */
export const FLAG_VERBS = {
  commented: { id: 'http://adlnet.gov/expapi/verbs/commented', display: { en: 'commented', 'zh-Hant': '評論了', 'zh-Hans': '评论了' } },
  voided: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { en: 'voided', 'zh-Hant': '撤回了', 'zh-Hans': '撤回了' } },
} as const satisfies Record<string, XapiVerb>;

/** Flag IRIs under the project's base (documented in docs/xapi-profile.md#misread-flags). */
export const FLAG_IRI = {
  /** Category activity marking a misread flag, so one query finds every flag. */
  category: `${DEFUSE_IRI}/misread-flag`,
  /** string: the reply exactly as typed (result). */
  reply: `${DEFUSE_IRI}/result/reply`,
  /** string[]: moves the trainee says were read but are not in the reply (result). */
  wrong: `${DEFUSE_IRI}/result/flag-wrong`,
  /** string[]: moves the trainee says are in the reply but were not read (result). */
  missing: `${DEFUSE_IRI}/result/flag-missing`,
  /** string: Defuse's flag id (context). */
  flag: `${DEFUSE_IRI}/context/flag`,
} as const;

/** A statement with a StatementRef in its context (xAPI 1.0.3 §2.4.6: `context.statement`). */
export interface FlagStatement extends Omit<XapiStatement, 'object' | 'context'> {
  object: XapiActivity | { objectType: 'StatementRef'; id: string };
  context?: XapiContext & { statement?: { objectType: 'StatementRef'; id: string } };
}

/** Where the flag is written: as whom and under which scenario activity (the attempt statements' own). */
export interface FlagTarget {
  actor: XapiAgent;
  /** The scenario's activity id, as in the attempt's statements. */
  activityId: string;
  /** The attempt statements' id scope (none for the configured LRS). */
  idScope?: string;
}

/** The id of the attempt's `answered` statement for this turn (build-attempt-statements.ts numbers turns from 1). */
export const turnStatementId = (flag: Pick<MisreadFlag, 'attemptId' | 'turn'>, target: Pick<FlagTarget, 'idScope'>): string =>
  statementId(`${target.idScope ? `${target.idScope}/` : ''}${flag.attemptId}/turn/${flag.turn + 1}`);

export const flagStatementId = (flag: Pick<MisreadFlag, 'id'>, target: Pick<FlagTarget, 'idScope'>): string =>
  statementId(`${target.idScope ? `${target.idScope}/` : ''}flag/${flag.id}`);

/**
 * `commented` on the turn's activity (the same object as the turn's `answered`), with a StatementRef to that
 * statement, the reply, the moves read and the trainee's suggestion in the result, and the comment as the response.
 */
export function buildFlagStatement(flag: MisreadFlag, target: FlagTarget): FlagStatement {
  const n = flag.turn + 1;
  return {
    id: flagStatementId(flag, target),
    actor: target.actor,
    verb: FLAG_VERBS.commented,
    object: { objectType: 'Activity', id: `${target.activityId}/turn/${n}`, definition: { type: ACTIVITY_TYPES.interaction, interactionType: 'long-fill-in' } },
    result: {
      ...(flag.comment ? { response: flag.comment } : {}),
      extensions: {
        [FLAG_IRI.reply]: flag.reply.slice(0, MAX_RESPONSE),
        [EXT.moves]: [...flag.found],
        [FLAG_IRI.wrong]: [...flag.suggestion.wrong],
        [FLAG_IRI.missing]: [...flag.suggestion.missing],
      },
    },
    context: {
      language: flag.locale,
      statement: { objectType: 'StatementRef', id: turnStatementId(flag, target) },
      contextActivities: {
        parent: [{ objectType: 'Activity', id: target.activityId }],
        category: [
          { objectType: 'Activity', id: DEFUSE_CATEGORY, definition: { type: ACTIVITY_TYPES.profile } },
          { objectType: 'Activity', id: FLAG_IRI.category },
        ],
      },
      extensions: { [EXT.attempt]: flag.attemptId, [FLAG_IRI.flag]: flag.id },
    },
    timestamp: flag.createdAt,
  };
}

/** Withdrawing a flag that may have been sent: a `voided` statement referring to it. */
export function buildFlagVoiding(flag: MisreadFlag, target: FlagTarget, now: Date): FlagStatement {
  return {
    id: statementId(`${target.idScope ? `${target.idScope}/` : ''}flag/${flag.id}/voided`),
    actor: target.actor,
    verb: FLAG_VERBS.voided,
    object: { objectType: 'StatementRef', id: flagStatementId(flag, target) },
    timestamp: now.toISOString(),
  };
}
