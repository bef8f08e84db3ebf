import type { LocalizedText } from '../domain/scenario/scenario.types.ts';
import type { Scorecard } from '../domain/scoring/scorecard.types.ts';
import type { ReportableAttempt } from '../domain/xapi/build-attempt-statements.ts';
import { findScenarioSummary } from '../features/drill/scenario-catalog.ts';
import { getLmsSession } from '../lms/lms-session.ts';
import { reportToLrs } from '../lrs/on-attempt-finished.ts';
import type { DrillStorage } from '../storage/drill-storage.ts';
import type { AttemptRecord } from '../storage/records.ts';

/**
 * The engine's scorecard of a stored attempt, with the record's own score and verdict (the drill
 * stores `{ engine, hintsUsed, hintCost }` and takes hint costs off the record's score).
 */
export function reportedScorecard(record: AttemptRecord): Scorecard {
  return { ...record.scorecard.engine, score: record.score, passed: record.passed };
}

/**
 * Reports a stored attempt to the configured LRS (queued in IndexedDB first) and to the LMS that launched
 * the app, if any. Nothing loads when neither is set up. Never throws: reporting must not break the drill.
 */
async function onAttemptFinished(attempt: ReportableAttempt & { trainee: string }, title: LocalizedText): Promise<void> {
  const lms = getLmsSession();
  const results = await Promise.allSettled([reportToLrs(attempt, title), ...(lms ? [lms.report(attempt, title)] : [])]);
  for (const r of results) if (r.status === 'rejected') console.warn('Defuse: could not queue learning records', r.reason instanceof Error ? r.reason.message : r.reason);
}

/**
 * The drill's storage, reporting each finished attempt to the LRS/LMS once it is safely stored.
 * Wrapping here keeps the drill unaware of learning records (features never know each other).
 */
export function withAttemptReporting(storage: DrillStorage): DrillStorage {
  return {
    ...storage,
    saveAttempt: async (finished) => {
      // Launched from an LMS, the trainee is the LMS's learner (set from the launch), so the attempt's
      // identity is verified; otherwise the name was typed on this device.
      const record: AttemptRecord = getLmsSession() ? { ...finished, identity: 'lms' } : finished;
      await storage.saveAttempt(record);
      const scorecard = reportedScorecard(record);
      const title = (await findScenarioSummary(record.scenarioId).catch(() => undefined))?.title ?? { 'zh-Hant': record.scenarioId, 'zh-Hans': record.scenarioId, en: record.scenarioId };
      void onAttemptFinished({ ...record, scorecard }, title);
    },
  };
}
