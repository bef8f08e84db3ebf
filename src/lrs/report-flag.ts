import type { MisreadFlag } from '../domain/records/misread-flag.ts';
import { hasLrs } from './lrs-settings.ts';

/**
 * Queues a trainee's misread flag for the configured LRS (in the IndexedDB outbox first; the sync engine
 * sends it after the attempt's earlier statements, in order). Nothing loads when no LRS is set up.
 */
export async function reportFlagToLrs(flag: MisreadFlag): Promise<void> {
  if (!hasLrs()) return;
  const [{ buildFlagStatement }, engine] = await Promise.all([import('../domain/xapi/build-flag-statement.ts'), import('./sync-engine.ts')]);
  await engine.getSyncEngine().enqueue(engine.SETTINGS_TARGET, [buildFlagStatement(flag, { actor: engine.settingsActor(flag.trainee), activityId: engine.scenarioIri(flag.scenarioId) })]);
}

/** A withdrawn flag: its statement is voided (queued after it, so the LRS has it first). */
export async function withdrawFlagFromLrs(flag: MisreadFlag, now = new Date()): Promise<void> {
  if (!hasLrs()) return;
  const [{ buildFlagVoiding }, engine] = await Promise.all([import('../domain/xapi/build-flag-statement.ts'), import('./sync-engine.ts')]);
  await engine.getSyncEngine().enqueue(engine.SETTINGS_TARGET, [buildFlagVoiding(flag, { actor: engine.settingsActor(flag.trainee), activityId: engine.scenarioIri(flag.scenarioId) }, now)]);
}
