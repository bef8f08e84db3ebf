// The organisation file served beside index.html (`defuse.config.json`): who the organisation is, where
// its record store is, the trainer passcode's hash, its scenario packs and groups. Written and checked
// by `npx defuse config …`; the app refuses a bad one with the same messages and runs as practice.
import * as z from 'zod/mini';
import { PasscodeSchema } from '../records/passcode.ts';
import { issuePath } from '../records/schemas/record-refused.ts';

import { AssignmentSchema } from './assignment.schema.ts';
import { CONFIG_FORMAT, CONFIG_VERSION } from './config-file.ts';
/** Where the app looks for it (next to index.html), its format and version. */
export { CONFIG_FILE, CONFIG_FORMAT, CONFIG_VERSION } from './config-file.ts';
/** A config is a few kilobytes; anything near this is not one. */
export const MAX_CONFIG_BYTES = 256 * 1024;

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;
const slug = (what: string) => z.string().check(z.regex(SLUG, `${what} must be lower-case letters, digits and dashes (at most 63)`));
const name = () => z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(200, 'is longer than 200 characters'));

/** Pack files are served from the same folder: a relative path to a .json file, never a URL or `..`. */
const packPath = z.string().check(
  z.regex(/^(?!\/)(?!.*\.\.)(?!.*:)[A-Za-z0-9._/-]{1,200}\.json$/, 'must be a relative path to a .json file in the served folder (no "..", no URL)'),
);

export const RecordStoreSchema = z.object({
  /** The xAPI endpoint (https, or http on localhost for testing). */
  endpoint: z.string().check(
    z.refine((s) => {
      try {
        const u = new URL(s);
        return u.protocol === 'https:' || (u.protocol === 'http:' && (u.hostname === 'localhost' || u.hostname === '127.0.0.1'));
      } catch {
        return false;
      }
    }, 'must be an https URL (http only on localhost)'),
  ),
  /**
   * How devices get credentials: `lms-launch` (from the cmi5 launch, nothing stored), `trainer` (the
   * trainer enters them on each device, kept on that device). Never credentials in this public file.
   */
  credentials: z.enum(['lms-launch', 'trainer']),
});

export const GroupSchema = z.object({
  id: slug('group id'),
  name: name(),
  /** Trainee names as they sign in (or the LMS learner names). */
  trainees: z.array(name()).check(z.maxLength(5000)),
});

export const ConfigSchema = z.strictObject({
  format: z.literal(CONFIG_FORMAT),
  version: z.literal(CONFIG_VERSION),
  /**
   * Absent: the shipped file, "practice on this device" (served so that looking for it is not a 404).
   * Stable id: tags bundles and derives the organisation's signing key (so renaming keeps it).
   */
  organisation: z.optional(
    z.strictObject({
      id: slug('organisation id'),
      name: name(),
    }),
  ),
  /** PBKDF2 hash of the trainer passcode (`npx defuse config set-passcode`); absent: devices are set up one by one. */
  trainerPasscode: z.optional(PasscodeSchema),
  recordStore: z.optional(RecordStoreSchema),
  /** Scenario pack files in the served folder (`npx defuse pack`). */
  packs: z.optional(z.array(packPath).check(z.maxLength(100))),
  groups: z.optional(z.array(GroupSchema).check(z.maxLength(500))),
  /** Scenarios assigned to groups with a due date (`npx defuse config add-assignment`). */
  assignments: z.optional(z.array(AssignmentSchema).check(z.maxLength(1000))),
});
export type OrgConfig = z.infer<typeof ConfigSchema>;

/** One problem per line: `organisation.id: organisation id must be lower-case …`. */
export type ConfigResult = { ok: true; config: OrgConfig } | { ok: false; problems: string[] };

/** Checks a config document (parsed JSON); every problem names its field. */
export function checkConfig(doc: unknown): ConfigResult {
  const head = typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? (doc as Record<string, unknown>) : null;
  if (!head) return { ok: false, problems: ['(file): not a JSON object'] };
  if (head.format !== CONFIG_FORMAT) return { ok: false, problems: [`format: must be "${CONFIG_FORMAT}"`] };
  if (typeof head.version === 'number' && head.version > CONFIG_VERSION) return { ok: false, problems: [`version: written for a newer Defuse (version ${head.version}); this one reads version ${CONFIG_VERSION}`] };
  const parsed = ConfigSchema.safeParse(doc);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.slice(0, 20).map((i) => `${issuePath(i.path)}: ${i.message}`) };
  const problems: string[] = [];
  if (!parsed.data.organisation) {
    for (const field of ['trainerPasscode', 'recordStore', 'packs', 'groups', 'assignments'] as const) {
      if (parsed.data[field] !== undefined) problems.push(`organisation: required with ${field} (run \`defuse config init --id <org-id> --name <name>\` first)`);
    }
  }
  const ids = new Set<string>();
  for (const [i, g] of (parsed.data.groups ?? []).entries()) {
    if (ids.has(g.id)) problems.push(`groups[${i + 1}].id: "${g.id}" is used by an earlier group`);
    ids.add(g.id);
  }
  const assignmentIds = new Set<string>();
  for (const [i, a] of (parsed.data.assignments ?? []).entries()) {
    if (!ids.has(a.groupId)) problems.push(`assignments[${i + 1}].groupId: there is no group "${a.groupId}" (add it with \`defuse config add-group\`)`);
    if (assignmentIds.has(a.id)) problems.push(`assignments[${i + 1}].id: "${a.id}" is used by an earlier assignment`);
    assignmentIds.add(a.id);
  }
  if (parsed.data.trainerPasscode && parsed.data.trainerPasscode.iterations < 100_000) problems.push('trainerPasscode.iterations: fewer than 100,000 makes a guessed passcode cheap to check; set it again with `npx defuse config set-passcode`');
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config: parsed.data };
}

/** Checks config text (the served file, or one on disk). */
export function checkConfigText(text: string): ConfigResult {
  if (text.length > MAX_CONFIG_BYTES) return { ok: false, problems: [`(file): larger than ${MAX_CONFIG_BYTES / 1024} KB; not a Defuse config`] };
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [`(file): not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  return checkConfig(doc);
}
