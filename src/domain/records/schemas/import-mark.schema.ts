// How an imported attempt compared with a fresh scoring and with its bundle's keyed hash, kept beside it.
import * as z from 'zod/mini';
import { IsoDateSchema } from './attempt.schema.ts';
import { isObj, RecordRefused, versionOf, type Obj } from './record-refused.ts';
import { DimensionSchema, OutcomeSchema } from './scorecard.schema.ts';

/** Version 2: the bundle's signature check and a trainer's acceptance are recorded. */
export const IMPORT_MARK_VERSION = 2;

/** The scores the engine gives an attempt on this device. */
export const RescoredSchema = z.object({
  score: z.number(),
  passed: z.boolean(),
  outcome: z.union([OutcomeSchema, z.string()]),
  dimensions: z.partialRecord(DimensionSchema, z.number()),
});
export type Rescored = z.infer<typeof RescoredSchema>;

/**
 * The bundle's keyed hash (HMAC) over this attempt: `valid` (this organisation's key, nothing edited),
 * `invalid` (edited after export), `otherOrganisation` (signed with a key this device does not hold),
 * `unsigned` (a bundle written before signatures, or by hand).
 */
export const SIGNATURE_STATUSES = ['valid', 'invalid', 'otherOrganisation', 'unsigned'] as const;
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];

export const ImportMarkSchema = z.object({
  schemaVersion: z.literal(IMPORT_MARK_VERSION),
  attemptId: z.string().check(z.minLength(1)),
  importedAt: IsoDateSchema,
  /** File name it came from. */
  source: z.string().check(z.maxLength(300)),
  /** verified: same scores as a fresh scoring; mismatch: different; unverifiable: could not be re-scored. */
  status: z.enum(['verified', 'mismatch', 'unverifiable']),
  recomputed: z.optional(RescoredSchema),
  /** Fields that differ (mismatch). */
  fields: z.optional(z.array(z.string())),
  /** Why it could not be re-scored (unverifiable). */
  reason: z.optional(z.enum(['unknownScenario', 'otherVersion'])),
  signature: z.enum(SIGNATURE_STATUSES),
  /** The organisation named in the bundle (shown for `otherOrganisation`). */
  organisation: z.optional(z.string().check(z.maxLength(200))),
  /** A trainer looked at a flagged attempt and let it count: who and when. */
  accepted: z.optional(z.object({ by: z.string().check(z.minLength(1), z.maxLength(200)), at: IsoDateSchema })),
});
export type ImportMarkRecord = z.infer<typeof ImportMarkSchema>;

/**
 * Flagged attempts stay out of every aggregate until a trainer accepts them: a score that differs from a
 * fresh scoring, a signature that does not verify, or another organisation's bundle. An unsigned bundle
 * is flagged only where signatures are expected (`requireSignature`: an organisation key is configured).
 */
export const isFlagged = (mark: ImportMarkRecord | undefined, requireSignature = false): boolean =>
  mark !== undefined &&
  mark.accepted === undefined &&
  (mark.status === 'mismatch' || mark.signature === 'invalid' || mark.signature === 'otherOrganisation' || (requireSignature && mark.signature === 'unsigned'));

/** Version 1 had no signature check: such imports are unsigned. */
export const importMarkV1ToV2 = (o: Obj): Obj => ({ ...o, schemaVersion: 2, signature: 'unsigned' });

export function parseImportMark(raw: unknown): ImportMarkRecord {
  if (!isObj(raw)) throw new RecordRefused('not a record');
  const doc = versionOf(raw, IMPORT_MARK_VERSION) < 2 ? importMarkV1ToV2(raw) : raw;
  const parsed = ImportMarkSchema.safeParse(doc);
  if (!parsed.success) throw RecordRefused.fromIssue(parsed.error.issues[0]);
  return parsed.data;
}
