// A finished attempt, as stored on a device, exported in a bundle and read back: one zod schema, the
// TypeScript type inferred from it, and a migration from every earlier version (docs/architecture.md#one-schema-per-record, docs/architecture.md#versioned-records).
import * as z from 'zod/mini';
import { DIFFICULTIES, type Difficulty } from '../../scenario/difficulty.ts';
import { isObj, RecordRefused, versionOf, type Obj } from './record-refused.ts';
import { LocaleSchema, OutcomeSchema, StoredScorecardSchema } from './scorecard.schema.ts';

/** Version 2: the scorecard has a shape; identity, pass mark and difficulty are recorded. */
export const ATTEMPT_VERSION = 2;

/** Attempt and scenario ids: URL-safe, as the drill makes them and routes accept them. */
export const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,80}$/;
const id = (what: string) => z.string().check(z.regex(RECORD_ID, `not a valid ${what} id`));
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
/** An ISO 8601 time that a Date reads. */
export const IsoDateSchema = z.string().check(
  z.minLength(10),
  z.maxLength(40),
  z.refine((s) => !Number.isNaN(Date.parse(s)), 'not a date'),
);

export const DRILL_MODES = ['practice', 'exam', 'guided'] as const;
/** How hard the simulated customer was set (the library's difficulty levels; `standard` when not chosen). */
export { DIFFICULTIES, type Difficulty };

/** One trainee reply as it was sent. */
export const StoredReplySchema = z.object({
  /** The words exactly as typed (or as picked in guided mode). */
  text: z.string().check(z.maxLength(4000)),
  /** When it was sent (ISO 8601). */
  at: z.string().check(z.maxLength(40)),
  /** The trainee opened the model-answer hint before sending this reply (costs points). */
  hintUsed: z.optional(z.boolean()),
  /** Guided mode: the option picked (`<state>/<index>`; a number in attempts stored before format 3). */
  choice: z.optional(z.union([z.int(), z.string().check(z.maxLength(120))])),
  /** Written channels: seconds between the customer's message and this reply (replayed when re-scoring). */
  waited: z.optional(z.int().check(z.minimum(0), z.maximum(31_536_000))),
});

/** A line of the finished conversation, for review without the engine. */
export const TranscriptLineSchema = z.object({
  speaker: z.enum(['customer', 'trainee']),
  text: z.string().check(z.maxLength(8000)),
  /** Customer's hostility after this line (customer lines only). */
  hostility: z.optional(z.number()),
});

/** The trainee's answer to the end-of-drill diagnosis question (docs/training-model.md#complaint-types). */
export const StoredDiagnosisSchema = z.object({
  cause: z.optional(z.string().check(z.maxLength(80))),
  motive: z.optional(z.string().check(z.maxLength(80))),
  severity: z.optional(z.string().check(z.maxLength(80))),
});

export const AttemptSchema = z.object({
  schemaVersion: z.literal(ATTEMPT_VERSION),
  /** Unique across devices: duplicates on import are recognised by it. */
  id: id('attempt'),
  /** Who played: the LMS's learner when launched from one, else the name typed on this device. */
  trainee: text(200),
  /** `lms`: the name came from the LMS launch (verified); `typed`: typed on the device (not verified). */
  identity: z.enum(['lms', 'typed']),
  scenarioId: id('scenario'),
  /** Content hash of the scenario played (domain/scenario/scenario-version.ts). */
  scenarioVersion: text(80),
  /** The scenario's pass mark when played (a custom scenario's travels with its attempts). */
  passMark: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
  /** The drill's language: what the customer spoke and the trainee was scored in. */
  locale: LocaleSchema,
  mode: z.enum(DRILL_MODES),
  /** Difficulty the drill was played at (absent: standard). */
  difficulty: z.optional(z.enum(DIFFICULTIES)),
  /** Seed of the simulated customer's line variants. */
  seed: z.int(),
  replies: z.array(StoredReplySchema).check(z.maxLength(500)),
  /** The conversation as shown; the first customer line carries the starting hostility. */
  transcript: z.array(TranscriptLineSchema).check(z.maxLength(1200)),
  diagnosis: z.optional(StoredDiagnosisSchema),
  /** The engine's overall score 0–100 after hint costs (a trainer's override does not change it). */
  score: z.number().check(z.minimum(0), z.maximum(100)),
  /** The engine's verdict. */
  passed: z.boolean(),
  outcome: OutcomeSchema,
  scorecard: StoredScorecardSchema,
  startedAt: IsoDateSchema,
  endedAt: IsoDateSchema,
});

/** A stored attempt (every field documented on the schema above). */
export type AttemptRecord = z.infer<typeof AttemptSchema>;
export type StoredReply = z.infer<typeof StoredReplySchema>;
export type TranscriptLine = z.infer<typeof TranscriptLineSchema>;
export type StoredDiagnosis = z.infer<typeof StoredDiagnosisSchema>;
export type DrillMode = AttemptRecord['mode'];

const OUTCOMES: readonly string[] = OutcomeSchema.options;

/**
 * Version 1 (and unversioned records) had the same fields with an unchecked scorecard, and the loader
 * repaired what it could: a missing mode is practice, a missing seed 1, a reply without a time the epoch,
 * an unknown outcome incomplete, a bad transcript line dropped. Very old attempts stored the engine's
 * scorecard bare, not inside `{ engine, hintsUsed, hintCost }`.
 */
export function attemptV1ToV2(o: Obj): Obj {
  const replies = Array.isArray(o.replies)
    ? o.replies.map((r) => {
        if (!isObj(r) || typeof r.text !== 'string') return r;
        return {
          text: r.text,
          at: typeof r.at === 'string' ? r.at : new Date(0).toISOString(),
          ...(r.hintUsed === true ? { hintUsed: true } : {}),
          ...(typeof r.choice === 'number' || typeof r.choice === 'string' ? { choice: r.choice } : {}),
          ...(typeof r.waited === 'number' && Number.isInteger(r.waited) && r.waited >= 0 ? { waited: r.waited } : {}),
        };
      })
    : o.replies;
  const card = isObj(o.scorecard) ? o.scorecard : null;
  const bare = card && !isObj(card.engine) && Array.isArray(card.turns);
  const score = typeof o.score === 'number' ? Math.max(0, Math.min(100, o.score)) : o.score;
  const scorecard = bare
    ? {
        engine: card,
        hintsUsed: Array.isArray(replies) ? replies.filter((r) => isObj(r) && r.hintUsed === true).length : 0,
        hintCost: typeof card.score === 'number' && typeof score === 'number' ? Math.max(0, card.score - score) : 0,
      }
    : o.scorecard;
  const { diagnosis, ...rest } = o;
  return {
    ...rest,
    schemaVersion: 2,
    identity: 'typed',
    scenarioVersion: o.scenarioVersion === undefined ? '1' : String(o.scenarioVersion),
    mode: (DRILL_MODES as readonly unknown[]).includes(o.mode) ? o.mode : 'practice',
    seed: typeof o.seed === 'number' && Number.isFinite(o.seed) ? o.seed : 1,
    replies,
    transcript: Array.isArray(o.transcript)
      ? o.transcript.filter((l) => isObj(l) && (l.speaker === 'customer' || l.speaker === 'trainee') && typeof l.text === 'string')
      : o.transcript,
    ...(isObj(diagnosis) ? { diagnosis } : {}),
    score,
    passed: o.passed === true,
    outcome: typeof o.outcome === 'string' && OUTCOMES.includes(o.outcome) ? o.outcome : 'incomplete',
    scorecard,
  };
}

const MIGRATIONS: Record<number, (o: Obj) => Obj> = { 1: attemptV1ToV2 };

/** Brings a record of any earlier version to the current shape (unchecked). */
export function migrateAttempt(raw: unknown): Obj {
  if (!isObj(raw)) throw new RecordRefused('not a record');
  let doc = raw;
  for (let v = versionOf(raw, ATTEMPT_VERSION); v < ATTEMPT_VERSION; v += 1) doc = MIGRATIONS[v]!(doc);
  return doc;
}

/** Migrates and checks a stored or imported attempt; throws RecordRefused naming the field at fault. */
export function parseAttempt(raw: unknown): AttemptRecord {
  const parsed = AttemptSchema.safeParse(migrateAttempt(raw));
  if (!parsed.success) throw RecordRefused.fromIssue(parsed.error.issues[0]);
  return parsed.data;
}
