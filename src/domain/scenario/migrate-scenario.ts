// Older scenario files are upgraded on load, one version step at a time, so trainers never have to
// hand-edit a file that used to work.
import { SCHEMA_VERSION } from './schema-version.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 1 → 2: `turnLimit` was a bare number and the persona's starting hostility was `persona.hostility`.
 * A v1 customer who ran out of patience always walked out.
 */
function v1ToV2(doc: Json): Json {
  const persona = isObject(doc.persona) ? { ...doc.persona } : doc.persona;
  if (isObject(persona) && 'hostility' in persona && !('startHostility' in persona)) {
    persona.startHostility = persona.hostility;
    delete persona.hostility;
  }
  const turnLimit = typeof doc.turnLimit === 'number' ? { turns: doc.turnLimit, outcome: 'walked_out' } : doc.turnLimit;
  return { ...doc, persona, turnLimit, schemaVersion: 2 };
}

const STEPS: Record<number, (doc: Json) => Json> = { 1: v1ToV2 };

/** Result of a migration attempt. */
export type MigrationResult = { ok: true; doc: unknown; from: number } | { ok: false; message: string };

/** Upgrades a parsed scenario document to SCHEMA_VERSION; leaves non-objects for the schema to reject. */
export function migrateScenario(doc: unknown): MigrationResult {
  if (!isObject(doc)) return { ok: true, doc, from: SCHEMA_VERSION };
  const from = doc.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from)) return { ok: true, doc, from: SCHEMA_VERSION };
  if (from > SCHEMA_VERSION) {
    return { ok: false, message: `schemaVersion ${from} is newer than this app understands (${SCHEMA_VERSION})` };
  }
  let current: Json = doc;
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = STEPS[v];
    if (!step) return { ok: false, message: `no migration from schemaVersion ${v}` };
    current = step(current);
  }
  return { ok: true, doc: current, from };
}
