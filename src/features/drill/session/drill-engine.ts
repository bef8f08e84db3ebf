import { createDrillMachine, type DrillMachine } from '../../../domain/drill/drill-machine.ts';
import { createReader, type Reader } from '../../../domain/reading/read-reply.ts';
import { parseScenario } from '../../../domain/scenario/parse-scenario.ts';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import { scenarioVersionOf } from '../../../domain/scenario/scenario-version.ts';

/** Everything the drill needs from the domain for one scenario, built once per drill. */
export interface DrillEngine {
  scenario: Scenario;
  machine: DrillMachine;
  /** The one reading of a reply (scenario lexicon, times, owners, facts and remedies named). */
  read: Reader;
  /** Short content hash: attempts record which version of the scenario they were played against. */
  version: string;
}

/** Validates (throws ScenarioError with every problem) and compiles a scenario document. */
export function createDrillEngine(doc: unknown): DrillEngine {
  const scenario = parseScenario(doc);
  return { scenario, machine: createDrillMachine(scenario), read: createReader(scenario), version: scenarioVersionOf(scenario) };
}
