// A pack's scenario as a device opens it: parsed by the scenario schema (migrated if older), its lexicon
// patterns checked for safety, and its recorded version compared with the scenario itself, so an attempt
// played here records the version the pack names and re-scores on any device that loads the pack.
import { patternProblem } from '../reply/lexicon/pattern-check.ts';
import { safeParseScenario } from '../scenario/parse-scenario.ts';
import type { Scenario } from '../scenario/scenario.types.ts';
import { scenarioVersionOf } from '../scenario/scenario-version.ts';
import type { PackScenario } from './pack.schema.ts';

export type OpenedScenario = { ok: true; scenario: Scenario } | { ok: false; problem: string };

export function openPackScenario(entry: PackScenario): OpenedScenario {
  const parsed = safeParseScenario(entry.scenario);
  if (!parsed.ok) return { ok: false, problem: `${parsed.issues[0]?.path ?? '$'}: ${parsed.issues[0]?.message ?? 'invalid'}` };
  for (const [i, e] of (parsed.scenario.lexicon?.entries ?? []).entries()) {
    const problem = patternProblem(e.pattern, e.lang);
    if (problem) return { ok: false, problem: `$.lexicon.entries[${i}].pattern: ${problem}` };
  }
  const version = scenarioVersionOf(parsed.scenario);
  if (version !== entry.version) return { ok: false, problem: `version: the pack says ${entry.version}, the scenario is ${version}` };
  return { ok: true, scenario: parsed.scenario };
}
