import { createClassifier, type Classifier } from '../../../domain/reply/classify.ts';
import { compileScenario, type DrillMachine } from '../../../domain/scenario/compile-scenario.ts';
import { parseScenario } from '../../../domain/scenario/parse-scenario.ts';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';

/** Everything the drill needs from the domain for one scenario, built once per drill. */
export interface DrillEngine {
  scenario: Scenario;
  machine: DrillMachine;
  classify: Classifier;
  /** Short content hash: attempts record which version of the scenario they were played against. */
  version: string;
}

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Validates (throws ScenarioError with every problem) and compiles a scenario document. */
export function createDrillEngine(doc: unknown): DrillEngine {
  const scenario = parseScenario(doc);
  return {
    scenario,
    machine: compileScenario(scenario),
    classify: createClassifier(scenario.lexicon),
    version: `${scenario.schemaVersion}-${hash(JSON.stringify(scenario))}`,
  };
}
