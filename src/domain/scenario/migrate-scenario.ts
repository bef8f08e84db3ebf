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

/**
 * Version 2 → 3: a scenario's extra classifier phrases were bare patterns per move and language
 * (`lexicon.moves.<move>.<zh|en>`); they are lexicon entries now (id, move, lang, pattern, examples),
 * the shape of the shipped lexicon (src/domain/reply/data/lexicon/README.md). Migrated entries have no
 * examples yet; the validator asks for them.
 */
function v2ToV3(doc: Json): Json {
  return { ...customerOfV3(lexiconOfV3(doc)), schemaVersion: 3 };
}

function lexiconOfV3(doc: Json): Json {
  const lexicon = isObject(doc.lexicon) ? doc.lexicon : undefined;
  if (!lexicon || !isObject(lexicon.moves)) return doc;
  const entries: Json[] = [];
  for (const [move, byLang] of Object.entries(lexicon.moves)) {
    if (!isObject(byLang)) continue;
    for (const lang of ['zh', 'en']) {
      const list = byLang[lang];
      if (!Array.isArray(list)) continue;
      list.forEach((pattern, i) => entries.push({ id: `scenario/${move}/${lang}/${String(i + 1).padStart(2, '0')}`, move, lang, pattern, examples: [] }));
    }
  }
  const { moves: _moves, ...rest } = lexicon;
  return { ...doc, lexicon: { ...rest, entries } };
}

/**
 * Version 3 also gives the customer what it wants and what it says when the engine notices something
 * (wants, objections, remarks; docs/scenario-format.md#wants). A version 2 file gets neutral defaults: any
 * concrete remedy with a time and an owner is accepted, no objections, default remarks (customer/remarks.ts). `thresholds.answerFacts` was never
 * read and goes.
 */
function customerOfV3(doc: Json): Json {
  const thresholds = isObject(doc.thresholds) ? { ...doc.thresholds } : doc.thresholds;
  if (isObject(thresholds)) delete thresholds.answerFacts;
  const generic = { id: 'fix', label: { 'zh-Hant': '解決問題', 'zh-Hans': '解决问题', en: 'Fix the problem' }, topics: {}, verdict: 'accept' };
  return {
    ...doc,
    thresholds,
    wants: doc.wants ?? { remedies: [generic] },
    objections: doc.objections ?? [],
  };
}

/**
 * Version 3 → 4: difficulty overrides, seeded variation (persona variants, `vars`, optional objections) and
 * per-persona patience and relief are all optional; a version 3 file plays as before at standard difficulty
 * (easy and hard are derived from it, src/domain/scenario/playable.ts).
 */
function v3ToV4(doc: Json): Json {
  return { ...doc, schemaVersion: 4 };
}

/**
 * Version 4 → 5: the written channels (`setting` chat and email, the optional `written` block and the
 * `slowReply` remark). A version 4 file is face to face or on the phone and plays exactly as before.
 */
function v4ToV5(doc: Json): Json {
  return { ...doc, schemaVersion: 5 };
}

const STEPS: Record<number, (doc: Json) => Json> = { 1: v1ToV2, 2: v2ToV3, 3: v3ToV4, 4: v4ToV5 };

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
