import type { TrainerOverride } from '../records/schemas/override.schema.ts';
import { ACTIVITY_TYPES, DEFUSE_CATEGORY, EXT, VERBS } from './iris.ts';
import { statementId } from './statement-id.ts';
import type { XapiAgent, XapiStatement } from './xapi.types.ts';

/** The id of an attempt's passed/failed statement as sent to the configured LRS (build-attempt-statements.ts). */
export const judgedStatementId = (attemptId: string) => statementId(`${attemptId}/judged`);

/**
 * A trainer's override as an xAPI statement by the reviewer, referring to the attempt's passed/failed
 * statement (a StatementRef), so the record store holds the audit trail beside the engine's result:
 * who, when, the trainer's score, the engine's, and why. Its id is the override's, so resending is idempotent.
 */
export function buildOverrideStatement(o: TrainerOverride, reviewer: XapiAgent, passMark: number): XapiStatement {
  const raw = Math.round(o.trainerScore);
  return {
    id: o.id,
    actor: reviewer,
    verb: VERBS.scored,
    object: { objectType: 'StatementRef', id: judgedStatementId(o.attemptId) },
    result: {
      score: { scaled: raw / 100, raw, min: 0, max: 100 },
      ...(o.target === 'overall' ? { success: o.trainerScore >= passMark } : {}),
      response: o.reason,
      extensions: { [EXT.overrideTarget]: o.target, [EXT.engineScore]: o.engineScore },
    },
    context: {
      contextActivities: { category: [{ objectType: 'Activity', id: DEFUSE_CATEGORY, definition: { type: ACTIVITY_TYPES.profile } }] },
      extensions: { [EXT.attempt]: o.attemptId },
    },
    timestamp: o.at,
  };
}
