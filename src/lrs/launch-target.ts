import type { DefuseDb } from '../storage/db.ts';
import { LRS_TARGET_VERSION, parseLrsTarget, type LrsTargetRecord } from '../storage/outbox-record.ts';
import type { LrsEndpoint } from './transport.ts';

/** Keeps the LRS a launch gave (endpoint and the session's auth), so its statements can be retried later. */
export async function saveLaunchTarget(db: DefuseDb, id: string, to: LrsEndpoint, now: Date): Promise<void> {
  const record: LrsTargetRecord = { id, schemaVersion: LRS_TARGET_VERSION, endpoint: to.endpoint, auth: to.auth, updatedAt: now.toISOString() };
  await db.lrsTargets.put(record);
}

/**
 * The stored LRS of a launch, checked (parseLrsTarget). Null when there is none or it is damaged: the
 * target's statements then wait, kept, as for an unknown target, until the course is launched again (which
 * stores the target afresh). A damaged one is said in the console, naming the field, never its value.
 */
export async function readLaunchTarget(db: DefuseDb, id: string): Promise<LrsEndpoint | null> {
  const row: unknown = await db.lrsTargets.get(id);
  if (row === undefined) return null;
  try {
    const target = parseLrsTarget(row);
    return { endpoint: target.endpoint, auth: target.auth };
  } catch (error) {
    console.warn(`Defuse: the stored learning record store of ${id} is damaged (${error instanceof Error ? error.message : String(error)}); its records wait on this device`);
    return null;
  }
}
