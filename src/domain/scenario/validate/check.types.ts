import type { Classifier } from '../../reply/classify.ts';
import type { ScenarioIssue } from '../parse-scenario.ts';
import type { Scenario } from '../scenario.types.ts';

/** What a semantic check gets: a scenario that already passed the schema. */
export interface CheckContext {
  /** The parsed scenario. */
  scenario: Scenario;
  /** Classifier for checks that read text (model answers); built with the scenario's lexicon. */
  classify: Classifier;
}

/** One validator check: an id (reported with each issue) and its own test beside it. */
export interface ScenarioCheck {
  /** Check id, e.g. `unreachable-state`. */
  id: string;
  /** Runs the check. */
  run(ctx: CheckContext): ScenarioIssue[];
}
