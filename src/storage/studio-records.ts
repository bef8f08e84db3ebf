// One of the trainer's own scenarios in the studio, as stored: one zod schema, the type inferred from it,
// older versions migrated on load (docs/architecture.md#one-schema-per-record, docs/architecture.md#versioned-records).
import * as z from 'zod/mini';
import { isObj, RecordRefused, versionOf, type Obj } from '../domain/records/schemas/record-refused.ts';

/** Version 2 records when the text was published (and with it, which version trainees see). */
export const STUDIO_RECORD_VERSION = 2;

/** A saved scenario test, stored as authored (validated by the domain's test-plan schema on use). */
export const StoredScenarioTestSchema = z.record(z.string(), z.unknown());
export type StoredScenarioTest = z.infer<typeof StoredScenarioTestSchema>;

export const StudioScenarioSchema = z.object({
  schemaVersion: z.literal(STUDIO_RECORD_VERSION),
  /** Storage key, independent of the scenario id (which the trainer may edit). */
  key: z.string().check(z.minLength(1)),
  /** Name in the studio library (rename changes this only). */
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The draft: editor text exactly as typed, valid or not (kept across reloads). */
  draft: z.string(),
  /** The last published text; only ever a scenario that validated. Null until first published. */
  published: z.nullable(z.string()),
  /** Scenario id of the published text: the trainee library lists it under this id. */
  publishedId: z.nullable(z.string()),
  /** When it was last published (ISO 8601); null until then. */
  publishedAt: z.nullable(z.string()),
  /** Saved transcripts with expected outcome and score range. */
  tests: z.array(StoredScenarioTestSchema),
  /** Strings drafted by OpenCC (`<path>:<locale>` → drafted text); marked until a person changes them. */
  machineConverted: z.optional(z.record(z.string(), z.string())),
  /** ISO 8601. */
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type StudioScenarioRecord = z.infer<typeof StudioScenarioSchema>;

const isString = (v: unknown): v is string => typeof v === 'string';

/** Version 1 was repaired field by field on load (a missing name is the key, missing tests none). */
export function studioV1ToV2(r: Obj): Obj {
  const now = new Date(0).toISOString();
  return {
    schemaVersion: 2,
    key: r.key,
    name: isString(r.name) && r.name.trim() ? r.name : r.key,
    draft: r.draft,
    published: isString(r.published) ? r.published : null,
    publishedId: isString(r.publishedId) ? r.publishedId : null,
    publishedAt: isString(r.published) ? (isString(r.updatedAt) ? r.updatedAt : now) : null,
    tests: Array.isArray(r.tests) ? r.tests.filter(isObj) : [],
    ...(isObj(r.machineConverted) ? { machineConverted: Object.fromEntries(Object.entries(r.machineConverted).filter((e): e is [string, string] => isString(e[1]))) } : {}),
    createdAt: isString(r.createdAt) ? r.createdAt : now,
    updatedAt: isString(r.updatedAt) ? r.updatedAt : now,
  };
}

/** Migrates and checks a stored studio record; throws RecordRefused naming the field at fault. */
export function parseStudioRecord(raw: unknown): StudioScenarioRecord {
  if (!isObj(raw)) throw new RecordRefused('not a record');
  const doc = versionOf(raw, STUDIO_RECORD_VERSION) < 2 ? studioV1ToV2(raw) : raw;
  const parsed = StudioScenarioSchema.safeParse(doc);
  if (!parsed.success) throw RecordRefused.fromIssue(parsed.error.issues[0]);
  return parsed.data;
}
