import { DefuseDb } from './db.ts';
import { readableRows } from './readable-rows.ts';
import type { StudioScenarioRecord } from './studio-records.ts';

// The record schema (zod) loads only when there is a record to check: the trainee library lists published
// scenarios on its first visit, when there are none (first-visit JS budget, tests/e2e/library.test.ts).
const schema = () => Promise.all([import('./studio-records.ts'), import('../domain/records/schemas/record-refused.ts')]);

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
export async function repairStudioRecord(raw: unknown): Promise<StudioScenarioRecord | null> {
  if (raw === undefined || raw === null) return null;
  const [{ parseStudioRecord }, { RecordRefused }] = await schema();
  try {
    return parseStudioRecord(raw);
  } catch (error) {
    if (error instanceof RecordRefused) return null;
    throw error;
  }
}

export function createStudioStorage(db: DefuseDb = new DefuseDb()): StudioStorage {
  const list = async () => {
    const rows = await db.studioScenarios.toArray();
    if (rows.length === 0) return [];
    const [{ parseStudioRecord }] = await schema();
    return readableRows(rows, parseStudioRecord).records.sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
  };
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
