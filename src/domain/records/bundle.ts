import { z } from 'zod';
import { DIFFICULTIES } from '../scenario/difficulty.ts';
import { DIMENSIONS } from './attempt.types.ts';
import type { TrainerOverride } from './override.types.ts';

/** Identifies a Defuse attempts bundle. */
export const BUNDLE_FORMAT = 'defuse-attempts';
export const BUNDLE_VERSION = 1;
/** Bigger files are refused before parsing (a bundle of 10,000 long attempts is about 60 MB). */
export const MAX_BUNDLE_BYTES = 100 * 1024 * 1024;
export const MAX_BUNDLE_ATTEMPTS = 50_000;

const text = (max: number) => z.string().min(1).max(max);
const iso = z.string().min(10).max(40).refine((s) => !Number.isNaN(Date.parse(s)), 'not a date');

const replySchema = z.object({ text: z.string().max(4000), at: z.string().max(40).optional(), hintUsed: z.boolean().optional(), choice: z.number().int().optional() });
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
  outcome: z.enum(['resolved', 'escalated', 'walked_out', 'incomplete']),
  scorecard: z.looseObject({ engine: z.looseObject({ dimensions: z.record(z.string(), z.number()), turns: z.array(z.unknown()), hostility: z.array(z.number()) }) }),
  startedAt: iso,
  endedAt: iso,
});
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

/** Parses a bundle file; throws BundleRefused with the reason. Nothing is written here. */
export function parseBundle(textContent: string, byteLength: number): Bundle {
  if (byteLength > MAX_BUNDLE_BYTES) throw new BundleRefused('tooLarge', `${byteLength}`);
  let doc: unknown;
  try {
    doc = JSON.parse(textContent.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new BundleRefused('notJson', error instanceof Error ? error.message : String(error));
  }
  const head = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>) : {};
  if (head.format !== BUNDLE_FORMAT) throw new BundleRefused('notBundle', String(head.format ?? ''));
  if (typeof head.version === 'number' && head.version > BUNDLE_VERSION) throw new BundleRefused('newerVersion', String(head.version));
  const result = bundleSchema.safeParse(doc);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new BundleRefused('invalid', issue ? `${where(issue.path)}: ${issue.message}` : 'invalid');
  }
  const seen = new Set<string>();
  for (const a of result.data.attempts) {
    if (seen.has(a.id)) throw new BundleRefused('duplicateInFile', a.id);
    seen.add(a.id);
  }
  return result.data;
}
