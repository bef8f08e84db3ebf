import { DefuseDb } from './db.ts';
import { RecordRefused } from '../domain/records/schemas/record-refused.ts';
import { parseStudioRecord, type StudioScenarioRecord } from './studio-records.ts';

/** What the studio persists. Every record is checked on load; a damaged one is skipped, never fatal. */
export interface StudioStorage {
  list(): Promise<StudioScenarioRecord[]>;
  get(key: string): Promise<StudioScenarioRecord | null>;
  put(record: StudioScenarioRecord): Promise<void>;
  remove(key: string): Promise<void>;
  /** Published scenarios' text, for the trainee library. */
  listPublished(): Promise<{ id: string; text: string }[]>;
}

/** Migrates and checks a stored record (studio-records.ts); null for one that is not a studio scenario. */
export function repairStudioRecord(raw: unknown): StudioScenarioRecord | null {
  try {
    return parseStudioRecord(raw);
  } catch (error) {
    if (error instanceof RecordRefused) return null;
    throw error;
  }
}

export function createStudioStorage(db: DefuseDb = new DefuseDb()): StudioStorage {
  const list = async () =>
    (await db.studioScenarios.toArray())
      .map(repairStudioRecord)
      .filter((r): r is StudioScenarioRecord => r !== null)
      .sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
  return {
    list,
    get: async (key) => repairStudioRecord(await db.studioScenarios.get(key)),
    put: async (record) => void (await db.studioScenarios.put(record)),
    remove: (key) => db.studioScenarios.delete(key),
    listPublished: async () =>
      (await list()).flatMap((r) => (r.published !== null && r.publishedId !== null ? [{ id: r.publishedId, text: r.published }] : [])),
  };
}

let shared: StudioStorage | null = null;
/** The app's studio storage (one Dexie connection per page). */
export function getStudioStorage(): StudioStorage {
  shared ??= createStudioStorage();
  return shared;
}
