// Builds a pack from scenario files (studio exports) and earlier packs: every scenario is validated with
// the same validator as `defuse validate` (schema, semantics, safe patterns); any problem refuses the
// whole pack, each problem naming the file and the field.
import { readJson } from '../json/read-json.ts';
import { safeParseScenario } from '../scenario/parse-scenario.ts';
import { scenarioVersionOf } from '../scenario/scenario-version.ts';
import { validateScenario, validateScenarioText } from '../scenario/validate/validate-scenario.ts';
import { checkPackText, MAX_PACK_SCENARIOS, packHash, PACK_FORMAT, PACK_VERSION, type Pack, type PackScenario } from './pack.schema.ts';

/** One input file: its name (for messages) and its text. */
export interface PackInput {
  file: string;
  text: string;
}

export type BuildResult = { ok: true; pack: Pack } | { ok: false; problems: string[] };

/** A validated scenario document as a pack entry, or the validator's problems (`$.path: [check] message`). */
function entryOf(doc: Record<string, unknown>): { ok: true; entry: PackScenario } | { ok: false; problems: string[] } {
  const issues = validateScenario(doc);
  if (issues.length > 0) return { ok: false, problems: issues.map((i) => `${i.path}: [${i.check}] ${i.message}`) };
  const parsed = safeParseScenario(doc);
  if (!parsed.ok) return { ok: false, problems: parsed.issues.map((i) => `${i.path}: [${i.check}] ${i.message}`) };
  return { ok: true, entry: { id: parsed.scenario.id, version: scenarioVersionOf(parsed.scenario), scenario: doc } };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The pack's entries from one input file, or its problems, each starting with the file name. */
async function entriesOf(input: PackInput): Promise<{ entries: PackScenario[]; problems: string[] }> {
  const read = readJson(input.text.replace(/^\uFEFF/, ''));
  if (!read.ok) return { entries: [], problems: [`${input.file}: ${read.path}: [json] ${read.message}`] };
  const doc = read.value;
  if (isObject(doc) && doc.format === PACK_FORMAT) {
    const pack = await checkPackText(input.text);
    if (!pack.ok) return { entries: [], problems: pack.problems.map((p) => `${input.file}: ${p}`) };
    const entries: PackScenario[] = [];
    const problems: string[] = [];
    for (const [i, s] of pack.pack.scenarios.entries()) {
      const made = entryOf(s.scenario);
      if (made.ok) entries.push(made.entry);
      else problems.push(...made.problems.map((p) => `${input.file}: scenarios[${i + 1}].scenario ${p}`));
    }
    return { entries, problems };
  }
  if (isObject(doc) && 'testPlanVersion' in doc) return { entries: [], problems: [`${input.file}: $: [file] a test plan, not a scenario; a pack carries scenarios (give the scenario file)`] };
  const issues = validateScenarioText(input.text);
  if (issues.length > 0) return { entries: [], problems: issues.map((i) => `${input.file}: ${i.path}: [${i.check}] ${i.message}`) };
  const made = entryOf(doc as Record<string, unknown>);
  return made.ok ? { entries: [made.entry], problems: [] } : { entries: [], problems: made.problems.map((p) => `${input.file}: ${p}`) };
}

/**
 * A pack of every scenario in `inputs`, or every problem found. Two inputs with the same scenario id are
 * refused (which one the trainees should see is the author's call, not ours).
 */
export async function buildPack(meta: { id: string; name: string; builtAt: string }, inputs: readonly PackInput[]): Promise<BuildResult> {
  const problems: string[] = [];
  const scenarios: PackScenario[] = [];
  const from = new Map<string, string>();
  for (const input of inputs) {
    const { entries, problems: found } = await entriesOf(input);
    problems.push(...found);
    for (const entry of entries) {
      const earlier = from.get(entry.id);
      if (earlier !== undefined) problems.push(`${input.file}: $.id: [duplicate-id] scenario "${entry.id}" is also in ${earlier}`);
      else {
        from.set(entry.id, input.file);
        scenarios.push(entry);
      }
    }
  }
  if (problems.length === 0 && scenarios.length > MAX_PACK_SCENARIOS) problems.push(`(pack): ${scenarios.length} scenarios; a pack holds at most ${MAX_PACK_SCENARIOS}`);
  if (problems.length > 0) return { ok: false, problems };
  const pack = { format: PACK_FORMAT, version: PACK_VERSION, id: meta.id, name: meta.name, builtAt: meta.builtAt, scenarios, hash: await packHash(scenarios) } as const;
  // The result must pass the check the app runs (id and name rules included).
  const checked = await checkPackText(JSON.stringify(pack));
  return checked.ok ? { ok: true, pack: checked.pack } : { ok: false, problems: checked.problems.map((p) => `(pack): ${p}`) };
}
