import { z } from 'zod';
import { parseAttempt, type AttemptRecord } from './schemas/attempt.schema.ts';
import { parseOverride, type TrainerOverride } from './schemas/override.schema.ts';
import { RecordRefused } from './schemas/record-refused.ts';
import { signBundle, type BundleSigner } from './bundle-signature.ts';
import { readJson } from '../json/read-json.ts';
import { FlagRefused, MAX_BUNDLE_FLAGS, parseFlag, type MisreadFlag } from './misread-flag.ts';

/** Identifies a Defuse attempts bundle. */
export const BUNDLE_FORMAT = 'defuse-attempts';
/** Version 2: attempts and overrides are the stored records (any earlier record version is migrated). */
export const BUNDLE_VERSION = 2;
/** Bigger files are refused before parsing (a bundle of 10,000 long attempts is about 60 MB). */
export const MAX_BUNDLE_BYTES = 100 * 1024 * 1024;
export const MAX_BUNDLE_ATTEMPTS = 50_000;

const iso = z.string().min(10).max(40).refine((s) => !Number.isNaN(Date.parse(s)), 'not a date');

/** The envelope; each attempt and override is then checked by its record schema (schemas/). */
const envelopeSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.number().int().min(1).max(BUNDLE_VERSION),
  exportedAt: iso,
  attempts: z.array(z.unknown()).max(MAX_BUNDLE_ATTEMPTS),
  overrides: z.array(z.unknown()).max(MAX_BUNDLE_ATTEMPTS * 9).default([]),
  /** Trainees' misread flags and their review (misread-flag.ts), each checked by the flag schema; absent in older bundles. */
  flags: z.array(z.unknown()).max(MAX_BUNDLE_FLAGS).optional(),
  /** Who exported it (bundle-signature.ts); absent in unsigned bundles. */
  organisation: z.object({ id: z.string().min(1).max(200), name: z.string().max(200) }).optional(),
  signature: z.object({ algorithm: z.literal('HMAC-SHA-256'), value: z.string().max(200) }).optional(),
});

/** An attempt as exported: the stored record, migrated and validated at the edge (docs/architecture.md#validate-at-the-edge). */
export type BundleAttempt = AttemptRecord;

export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  version: number;
  exportedAt: string;
  attempts: AttemptRecord[];
  overrides: TrainerOverride[];
  /** Trainees' misread flags (none in older bundles). */
  flags: MisreadFlag[];
  organisation?: { id: string; name: string };
  /** The document as it is in the file, for the signature check (which must see every field as written). */
  document: Record<string, unknown>;
}

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

function bundleDocument(attempts: readonly unknown[], overrides: readonly TrainerOverride[], now: Date, flags: readonly MisreadFlag[]): Record<string, unknown> {
  const bare = overrides.map((o) => {
    const { seq: _seq, ...rest } = o as TrainerOverride & { seq?: number };
    return rest;
  });
  // Flags are written only when there are some, so a bundle without them reads in older versions.
  return { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: now.toISOString(), attempts, overrides: bare, ...(flags.length > 0 ? { flags } : {}) };
}

/** Writes an unsigned bundle (pretty enough to diff, compact enough to mail). Overrides travel without the device's numbering. */
export function createBundle(attempts: readonly unknown[], overrides: readonly TrainerOverride[], now: Date, flags: readonly MisreadFlag[] = []): string {
  return JSON.stringify(bundleDocument(attempts, overrides, now, flags), null, 1);
}

/** Writes a bundle signed with the trainer's key: every field is covered, so any edit is detected on import. */
export async function createSignedBundle(attempts: readonly unknown[], overrides: readonly TrainerOverride[], now: Date, signer: BundleSigner, flags: readonly MisreadFlag[] = []): Promise<string> {
  // Through JSON first: what is signed is exactly what the file will hold (no undefined, no Dates).
  const doc = JSON.parse(JSON.stringify({ ...bundleDocument(attempts, overrides, now, flags), organisation: { id: signer.id, name: signer.name } })) as Record<string, unknown>;
  return JSON.stringify({ ...doc, signature: await signBundle(doc, signer.key) }, null, 1);
}

const where = (path: readonly PropertyKey[]) => path.map((p) => (typeof p === 'number' ? `[${p + 1}]` : `.${String(p)}`)).join('').replace(/^\./, '');

/** `attempt "a-1" (attempts[2])` when the element has an id, else `attempts[2]`. */
function elementName(list: string, i: number, raw: unknown): string {
  const elementId = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return list === 'attempts' && typeof elementId === 'string' ? `attempt ${JSON.stringify(elementId.slice(0, 80))} (${list}[${i + 1}])` : `${list}[${i + 1}]`;
}

/** Each element through its record parser; the first refusal names the element (by id when it has one) and the field. */
function each<T>(list: readonly unknown[], name: string, parse: (raw: unknown) => T): T[] {
  return list.map((raw, i) => {
    try {
      return parse(raw);
    } catch (error) {
      if (!(error instanceof RecordRefused)) throw error;
      throw new BundleRefused('invalid', `${elementName(name, i, raw)}: ${error.field ? `${error.field}: ` : ''}${error.problem}`);
    }
  });
}

/** Defuse did not exist before this; a date more than a day ahead of this computer's clock is not real. */
const EARLIEST = Date.parse('2020-01-01T00:00:00Z');
const isRealDate = (s: string, now: number) => Date.parse(s) >= EARLIEST && Date.parse(s) <= now + 24 * 3600 * 1000;

/** Dates a device could not have written: refused on import (a stored record is not re-judged by today's clock). */
function checkDates(attempts: readonly AttemptRecord[]): void {
  const now = Date.now();
  attempts.forEach((a, i) => {
    for (const field of ['startedAt', 'endedAt'] as const) {
      if (!isRealDate(a[field], now)) throw new BundleRefused('invalid', `${elementName('attempts', i, a)}: ${field}: a date before 2020 or in the future`);
    }
    if (Date.parse(a.endedAt) < Date.parse(a.startedAt)) throw new BundleRefused('invalid', `${elementName('attempts', i, a)}: endedAt: ends before it starts`);
  });
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
  if (!Number.isInteger(head.version) || (head.version as number) < 1) {
    throw new BundleRefused('invalid', `version: must be a whole number from 1 to ${BUNDLE_VERSION}, not ${JSON.stringify(head.version ?? null)}`);
  }
  const result = envelopeSchema.safeParse(doc);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new BundleRefused('invalid', issue ? `${where(issue.path)}: ${issue.message}` : 'invalid');
  }
  const attempts = each(result.data.attempts, 'attempts', parseAttempt);
  const overrides = each(result.data.overrides, 'overrides', (raw) => {
    const { seq: _seq, ...o } = parseOverride(raw);
    return o;
  });
  checkDates(attempts);
  const seen = new Set<string>();
  for (const a of attempts) {
    if (seen.has(a.id)) throw new BundleRefused('duplicateInFile', a.id);
    seen.add(a.id);
  }
  const flags = (result.data.flags ?? []).map((raw, i) => {
    try {
      return parseFlag(raw);
    } catch (error) {
      if (!(error instanceof FlagRefused)) throw error;
      const id = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? `flag ${JSON.stringify((raw as { id: string }).id.slice(0, 80))} ` : '';
      throw new BundleRefused('invalid', `${id}(flags[${i + 1}])${error.field ? `: ${error.field}` : ''}: ${error.problem}`);
    }
  });
  const flagIds = new Set<string>();
  for (const f of flags) {
    if (flagIds.has(f.id)) throw new BundleRefused('duplicateInFile', f.id);
    flagIds.add(f.id);
  }
  return {
    format: BUNDLE_FORMAT,
    version: result.data.version,
    exportedAt: result.data.exportedAt,
    attempts,
    overrides,
    flags,
    ...(result.data.organisation ? { organisation: result.data.organisation } : {}),
    document: doc as Record<string, unknown>,
  };
}
