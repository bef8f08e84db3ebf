import type { Scorecard } from '../domain/scoring/scorecard.types.ts';
import { scenarioSummaries } from '../features/drill/scenario-catalog.ts';
import { onAttemptFinished } from '../lrs/on-attempt-finished.ts';
import type { DrillStorage } from '../storage/drill-storage.ts';

/**
 * The drill's storage, reporting each finished attempt to the LRS/LMS once it is safely stored.
 * Wrapping here keeps the drill unaware of learning records (features never know each other).
 */
export function withAttemptReporting(storage: DrillStorage): DrillStorage {
  return {
    ...storage,
    saveAttempt: async (record) => {
      await storage.saveAttempt(record);
      const title = scenarioSummaries().find((s) => s.id === record.scenarioId)?.title ?? { 'zh-Hant': record.scenarioId, 'zh-Hans': record.scenarioId, en: record.scenarioId };
      void onAttemptFinished({ ...record, scorecard: record.scorecard as Scorecard }, title);
    },
  };
}
