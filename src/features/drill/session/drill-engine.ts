import { createClassifier, type Classifier } from '../../../domain/reply/classify.ts';
import { compileScenario, type DrillMachine } from '../../../domain/scenario/compile-scenario.ts';
import { parseScenario } from '../../../domain/scenario/parse-scenario.ts';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import { scenarioVersionOf } from '../../../domain/scenario/scenario-version.ts';

/** Everything the drill needs from the domain for one scenario, built once per drill. */
export interface DrillEngine {
  scenario: Scenario;
  machine: DrillMachine;
  classify: Classifier;
  /** Short content hash: attempts record which version of the scenario they were played against. */
  version: string;
}

/** Validates (throws ScenarioError with every problem) and compiles a scenario document. */
export function createDrillEngine(doc: unknown): DrillEngine {
  const scenario = parseScenario(doc);
  return {
    scenario,
    machine: compileScenario(scenario),
    classify: createClassifier(scenario.lexicon),
    version: scenarioVersionOf(scenario),
  };
}
