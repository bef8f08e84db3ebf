// A scenario pack: the organisation's published scenarios in one file served beside index.html and listed
// in defuse.config.json (`packs`), so every device of the organisation offers them. Built by
// `npx defuse pack`; checked again by the app before it offers a single scenario from it.
import * as z from 'zod/mini';
import { issuePath } from '../records/schemas/record-refused.ts';

export const PACK_FORMAT = 'defuse-pack';
export const PACK_VERSION = 1;
/** A pack of the largest scenarios would be tens of MB; a real one is far below this. */
export const MAX_PACK_BYTES = 8 * 1024 * 1024;
export const MAX_PACK_SCENARIOS = 100;

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;
const HASH = /^sha256-[0-9a-f]{64}$/;

export const PackScenarioSchema = z.object({
  /** The scenario's id (the same as `scenario.id`): the trainee library lists it under this. */
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  /** scenarioVersionOf the parsed scenario: what attempts record, so any device can re-score them. */
  version: z.string().check(z.regex(/^\d+-[0-9a-f]{8}$/, 'must be a scenario version like "3-1a2b3c4d"')),
  /** The scenario document as authored (validated when the pack was built, parsed again on load). */
  scenario: z.record(z.string(), z.unknown()),
});
export type PackScenario = z.infer<typeof PackScenarioSchema>;

export const PackSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  version: z.literal(PACK_VERSION),
  /** Stable id of the pack (lower-case letters, digits, dashes). */
  id: z.string().check(z.regex(SLUG, 'must be lower-case letters, digits and dashes (at most 63)')),
  /** What trainers call it. */
  name: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(200, 'is longer than 200 characters')),
  /** When it was built (ISO 8601). */
  builtAt: z.string(),
  scenarios: z.array(PackScenarioSchema).check(z.minLength(1, 'a pack needs at least one scenario'), z.maxLength(MAX_PACK_SCENARIOS, `at most ${MAX_PACK_SCENARIOS} scenarios`)),
  /** SHA-256 of the `scenarios` array as JSON: a pack damaged in transit or edited by hand is refused. */
  hash: z.string().check(z.regex(HASH, 'must be "sha256-" and 64 hex digits')),
});
export type Pack = z.infer<typeof PackSchema>;

/** The content hash of a pack's scenarios (WebCrypto: the same in Node and the browser). */
export async function packHash(scenarios: readonly PackScenario[]): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(scenarios)));
  return `sha256-${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; problems: string[] };

/** Checks the pack's shape and hash; every problem names its field (`scenarios[2].version: …`). */
export async function checkPack(doc: unknown): Promise<PackResult> {
  const head = typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? (doc as Record<string, unknown>) : null;
  if (!head) return { ok: false, problems: ['(file): not a JSON object'] };
  if (head.format !== PACK_FORMAT) return { ok: false, problems: [`format: must be "${PACK_FORMAT}" (is this a scenario pack built by \`defuse pack\`?)`] };
  if (typeof head.version === 'number' && head.version > PACK_VERSION) return { ok: false, problems: [`version: written for a newer Defuse (version ${head.version}); this one reads version ${PACK_VERSION}`] };
  const parsed = PackSchema.safeParse(doc);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.slice(0, 20).map((i) => `${issuePath(i.path)}: ${i.message}`) };
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const [i, s] of parsed.data.scenarios.entries()) {
    if (s.scenario.id !== s.id) problems.push(`scenarios[${i + 1}].id: "${s.id}" is not the scenario's own id`);
    if (ids.has(s.id)) problems.push(`scenarios[${i + 1}].id: "${s.id}" is used by an earlier scenario`);
    ids.add(s.id);
  }
  if (problems.length === 0 && (await packHash(parsed.data.scenarios)) !== parsed.data.hash) problems.push('hash: does not match the scenarios (the file was changed after `defuse pack` built it; build it again)');
  return problems.length > 0 ? { ok: false, problems } : { ok: true, pack: parsed.data };
}

/** Checks pack text: size, JSON, then checkPack. */
export async function checkPackText(text: string): Promise<PackResult> {
  if (text.length > MAX_PACK_BYTES) return { ok: false, problems: [`(file): larger than ${MAX_PACK_BYTES / 1024 / 1024} MB; not a Defuse pack`] };
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [`(file): not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  return checkPack(doc);
}
