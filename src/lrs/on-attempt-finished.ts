import type { TrainerOverride } from '../domain/records/override.types.ts';
import type { ReportableAttempt } from '../domain/xapi/build-attempt-statements.ts';
import type { LocalizedText } from '../domain/scenario/scenario.types.ts';
import { hasLrs } from './lrs-settings.ts';
import { outboxRemembered } from './sync-store.ts';

/**
 * Queues a finished attempt for the configured LRS (in IndexedDB first; the sync engine sends it).
 * Nothing loads when no LRS is set up. The app calls this, beside the LMS's report, once the drill has
 * stored the attempt (src/app/report-attempts.ts): lrs never knows about lms.
 */
export async function reportToLrs(attempt: ReportableAttempt & { trainee: string }, title: LocalizedText): Promise<void> {
  if (hasLrs()) await import('./sync-engine.ts').then((m) => m.reportToSettingsLrs(attempt, title));
}

/**
 * Loads the sync engine if an LRS is configured or statements wait in the outbox (e.g. a cmi5
 * session's, queued offline before the tab closed), so earlier visits' statements are sent.
 */
export function startSyncIfConfigured(): void {
  if (hasLrs() || outboxRemembered()) void import('./sync-engine.ts').then((m) => m.getSyncEngine());
}

/**
 * Queues a trainer's override for the configured LRS: a statement by the reviewer that refers to the
 * attempt's passed/failed statement (domain/xapi/build-override-statement.ts). Nothing loads without an LRS.
 */
export async function reportOverrideToLrs(override: TrainerOverride, reviewer: string, passMark: number): Promise<void> {
  if (!hasLrs()) return;
  const [{ buildOverrideStatement }, engine] = await Promise.all([import('../domain/xapi/build-override-statement.ts'), import('./sync-engine.ts')]);
  await engine.getSyncEngine().enqueue(engine.SETTINGS_TARGET, [buildOverrideStatement(override, engine.settingsActor(reviewer), passMark)]);
}
