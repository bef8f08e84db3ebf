import type { DrillContext } from '../../../domain/drill/drill.types.ts';
import { PROGRESS_VERSION, progressKey } from '../../../storage/progress-key.ts';
import type { ProgressRecord } from '../../../storage/progress-record.ts';

/** The in-progress record for a drill: the machine's persisted snapshot and the unsent draft. */
export function toProgressRecord(context: DrillContext, snapshot: unknown, draft: string, now = new Date()): ProgressRecord {
  const { meta } = context;
  return {
    schemaVersion: PROGRESS_VERSION,
    key: progressKey(meta.trainee, meta.scenarioId),
    attemptId: meta.attemptId,
    trainee: meta.trainee,
    scenarioId: meta.scenarioId,
    scenarioVersion: meta.scenarioVersion,
    snapshot,
    draft,
    updatedAt: now.toISOString(),
  };
}
