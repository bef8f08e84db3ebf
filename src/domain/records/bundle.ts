import { z } from 'zod';
import { DIFFICULTIES } from '../scenario/difficulty.ts';
import { readJson } from '../json/read-json.ts';
import { MOVE_IDS, type MoveId } from '../reply/moves.ts';
import type { Dimension } from '../scoring/scorecard.types.ts';
import { DIMENSIONS } from './attempt.types.ts';
import type { TrainerOverride } from './override.types.ts';

/** Identifies a Defuse attempts bundle. */
export const BUNDLE_FORMAT = 'defuse-attempts';
export const BUNDLE_VERSION = 1;
/** Bigger files are refused before parsing (a bundle of 10,000 long attempts is about 60 MB). */
export const MAX_BUNDLE_BYTES = 100 * 1024 * 1024;
export const MAX_BUNDLE_ATTEMPTS = 50_000;

const text = (max: number) => z.string().min(1).max(max);
/** Defuse did not exist before this; a date more than a day ahead of this computer's clock is not real. */
const EARLIEST = Date.parse('2020-01-01T00:00:00Z');
const iso = z
  .string()
  .min(10)
  .max(40)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a date')
  .refine((s) => Date.parse(s) >= EARLIEST && Date.parse(s) <= Date.now() + 24 * 3600 * 1000, 'a date before 2020 or in the future');

// The stored scorecard, as the scorecard page reads it. Ids are the app's own (they become translation
// keys); every other string is shown as text only.
const dimension = z.enum(DIMENSIONS as unknown as [Dimension, ...Dimension[]]);
const moveId = z.enum(MOVE_IDS as unknown as [MoveId, ...MoveId[]]);
const id = z.string().regex(/^[a-z][a-z0-9_-]{0,60}$/, 'not an id');
const messageRef = z.object({
  key: z.string().regex(/^scorecards\.[A-Za-z0-9_.-]{1,120}$/, 'not a scorecard message key'),
  params: z.record(z.string().regex(/^[A-Za-z0-9_]{1,40}$/), z.union([z.string().max(4000), z.number()])),
});
const evidenceSchema = z.object({
  rule: id,
  dimension,
  turn: z.number().int().min(1).max(500).nullable(),
  span: z.object({ start: z.number().int().min(0), end: z.number().int().min(0), text: z.string().max(4000) }).nullable(),
  points: z.number().min(-100).max(100),
  message: messageRef,
  suggestion: messageRef.nullable(),
});
const turnCardSchema = z.object({
  reply: z.string().max(4000),
  acts: z.array(moveId).max(40),
  forbidden: z.array(z.object({ list: id, phrase: z.string().max(400), matched: z.string().max(4000) })).max(100),
  customer: z.string().max(8000),
  hostility: z.number().min(0).max(100),
  facts: z.array(id).max(100),
  evidence: z.array(evidenceSchema).max(200),
});
const outcome = z.enum(['resolved', 'escalated', 'walked_out', 'incomplete']);
export const engineScorecardSchema = z.looseObject({
  outcome: outcome.optional(),
  dimensions: z.partialRecord(dimension, z.number().min(0).max(100)),
  turns: z.array(turnCardSchema).max(500),
  hostility: z.array(z.number().min(0).max(100)).max(500),
  evidence: z.array(evidenceSchema).max(2000).optional(),
  unplayed: z.array(z.string().max(4000)).max(500).optional(),
});

const replySchema = z.object({ text: z.string().max(4000), at: z.string().max(40).optional(), hintUsed: z.boolean().optional(), choice: z.number().int().optional(), waited: z.number().int().min(0).max(31_536_000).optional() });
const lineSchema = z.object({ speaker: z.enum(['customer', 'trainee']), text: z.string().max(8000), hostility: z.number().optional() });

/** An attempt as exported: the stored record, validated at the edge (docs/architecture.md#validate-at-the-edge). */
export const bundleAttemptSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,80}$/, 'not a valid attempt id'),
  trainee: text(200),
  scenarioId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,80}$/, 'not a valid scenario id'),
  scenarioVersion: text(80),
  locale: z.enum(['zh-Hant', 'zh-Hans', 'en']),
  mode: z.enum(['practice', 'exam', 'guided']),
  seed: z.number().int(),
  difficulty: z.enum(DIFFICULTIES).optional(),
  replies: z.array(replySchema).max(500),
  transcript: z.array(lineSchema).max(1200),
  diagnosis: z.object({ cause: z.string().max(80).optional(), motive: z.string().max(80).optional(), severity: z.string().max(80).optional() }).optional(),
  score: z.number().min(0).max(100),
  passed: z.boolean(),
  outcome,
  scorecard: z.looseObject({ engine: engineScorecardSchema }),
  startedAt: iso,
  endedAt: iso,
}).refine((a) => Date.parse(a.endedAt) >= Date.parse(a.startedAt), { message: 'ends before it starts', path: ['endedAt'] });
export type BundleAttempt = z.infer<typeof bundleAttemptSchema>;

const overrideSchema = z.object({
  attemptId: text(81),
  scenarioId: text(81),
  target: z.enum(['overall', ...DIMENSIONS] as [string, ...string[]]),
  engineScore: z.number().min(0).max(100),
  trainerScore: z.number().min(0).max(100),
  reason: text(2000),
  by: text(200),
  at: iso,
});

export const bundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  exportedAt: iso,
  attempts: z.array(bundleAttemptSchema).max(MAX_BUNDLE_ATTEMPTS),
  overrides: z.array(overrideSchema).max(MAX_BUNDLE_ATTEMPTS * 9).default([]),
});
export type Bundle = z.infer<typeof bundleSchema>;

/** Why a file was refused: an i18n key under `scorecards.dashboard.refused` plus details. */
export class BundleRefused extends Error {
  override name = 'BundleRefused';
  constructor(
    readonly reason: 'tooLarge' | 'notJson' | 'notBundle' | 'newerVersion' | 'invalid' | 'duplicateInFile',
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

/** Writes a bundle (pretty enough to diff, compact enough to mail). */
export function createBundle(attempts: readonly unknown[], overrides: readonly TrainerOverride[], now: Date): string {
  return JSON.stringify({ format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: now.toISOString(), attempts, overrides }, null, 1);
}

const where = (path: readonly PropertyKey[]) => path.map((p) => (typeof p === 'number' ? `[${p + 1}]` : `.${String(p)}`)).join('').replace(/^\./, '');

/** Where a problem is, naming the attempt by its id when the file gives one: `attempt "a-1" (attempts[2]): score`. */
function located(doc: unknown, path: readonly PropertyKey[]): string {
  if (path[0] !== 'attempts' || typeof path[1] !== 'number') return where(path);
  const attempt = (doc as { attempts?: unknown[] }).attempts?.[path[1]];
  const attemptId = typeof attempt === 'object' && attempt !== null ? (attempt as { id?: unknown }).id : undefined;
  const rest = where(path.slice(2));
  const name = typeof attemptId === 'string' ? `attempt ${JSON.stringify(attemptId.slice(0, 80))} (${where(path.slice(0, 2))})` : where(path.slice(0, 2));
  return rest === '' ? name : `${name}: ${rest}`;
}

/** Parses a bundle file; throws BundleRefused with the reason. Nothing is written here. */
export function parseBundle(textContent: string, byteLength: number): Bundle {
  if (byteLength > MAX_BUNDLE_BYTES) throw new BundleRefused('tooLarge', `${byteLength}`);
  const read = readJson(textContent);
  if (!read.ok) {
    if (read.message.startsWith('not valid JSON')) throw new BundleRefused('notJson', read.message);
    throw new BundleRefused('invalid', `${read.path}: ${read.message}`);
  }
  const doc = read.value;
  const head = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>) : {};
  if (head.format !== BUNDLE_FORMAT) throw new BundleRefused('notBundle', String(head.format ?? '').slice(0, 80));
  // Only a whole number above ours is a newer version; 0, 1.5, "1" or none is not a version at all.
  if (Number.isInteger(head.version) && (head.version as number) > BUNDLE_VERSION) throw new BundleRefused('newerVersion', String(head.version));
  if (head.version !== BUNDLE_VERSION) throw new BundleRefused('invalid', `version: must be ${BUNDLE_VERSION}, not ${JSON.stringify(head.version ?? null)}`);
  const result = bundleSchema.safeParse(doc);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new BundleRefused('invalid', issue ? `${located(doc, issue.path)}: ${issue.message}` : 'invalid');
  }
  const seen = new Set<string>();
  for (const a of result.data.attempts) {
    if (seen.has(a.id)) throw new BundleRefused('duplicateInFile', a.id);
    seen.add(a.id);
  }
  return result.data;
}
