import type { ReportableAttempt } from '../domain/xapi/build-attempt-statements.ts';
import type { LocalizedText } from '../domain/scenario/scenario.types.ts';
import { getLmsSession } from '../lms/lms-session.ts';
import { hasLrs } from './lrs-settings.ts';
import { outboxRemembered } from './sync-store.ts';

/** A finished attempt as the drill stores it, plus the trainee. */
export type FinishedAttempt = ReportableAttempt & { trainee: string };

/**
 * The one integration point: the app calls this after the drill has stored an attempt. It reports to the
 * configured LRS (queued in IndexedDB first) and to the LMS that launched the app, if any. Nothing loads
 * when neither is set up. Never throws: reporting must not break the drill.
 */
export async function onAttemptFinished(attempt: FinishedAttempt, title: LocalizedText): Promise<void> {
  const tasks: Promise<unknown>[] = [];
  if (hasLrs()) tasks.push(import('./sync-engine.ts').then((m) => m.reportToSettingsLrs(attempt, title)));
  const lms = getLmsSession();
  if (lms) tasks.push(lms.report(attempt, title));
  const results = await Promise.allSettled(tasks);
  for (const r of results) if (r.status === 'rejected') console.warn('Defuse: could not queue learning records', r.reason instanceof Error ? r.reason.message : r.reason);
}

/**
 * Loads the sync engine if an LRS is configured or statements wait in the outbox (e.g. a cmi5
 * session's, queued offline before the tab closed), so earlier visits' statements are sent.
 */
export function startSyncIfConfigured(): void {
  if (hasLrs() || outboxRemembered()) void import('./sync-engine.ts').then((m) => m.getSyncEngine());
}
