import { DefuseDb } from './db.ts';
import { STUDIO_RECORD_VERSION, type StudioScenarioRecord } from './studio-records.ts';

/** What the studio persists. Every record is checked on load; a damaged one is skipped, never fatal. */
export interface StudioStorage {
  list(): Promise<StudioScenarioRecord[]>;
  get(key: string): Promise<StudioScenarioRecord | null>;
  put(record: StudioScenarioRecord): Promise<void>;
  remove(key: string): Promise<void>;
  /** Published scenarios' text, for the trainee library. */
  listPublished(): Promise<{ id: string; text: string }[]>;
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** Repairs what it can (missing tests, names); returns null for a record that is not a studio scenario. */
export function repairStudioRecord(raw: unknown): StudioScenarioRecord | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (!isString(r.key) || !isString(r.draft)) return null;
  const now = new Date(0).toISOString();
  return {
    schemaVersion: STUDIO_RECORD_VERSION,
    key: r.key,
    name: isString(r.name) && r.name.trim() ? r.name : r.key,
    draft: r.draft,
    published: isString(r.published) ? r.published : null,
    publishedId: isString(r.publishedId) ? r.publishedId : null,
    tests: Array.isArray(r.tests) ? r.tests.filter((t): t is Record<string, unknown> => typeof t === 'object' && t !== null) : [],
    ...(typeof r.machineConverted === 'object' && r.machineConverted !== null
      ? { machineConverted: Object.fromEntries(Object.entries(r.machineConverted).filter((e): e is [string, string] => isString(e[1]))) }
      : {}),
    createdAt: isString(r.createdAt) ? r.createdAt : now,
    updatedAt: isString(r.updatedAt) ? r.updatedAt : now,
  };
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
