import type { Classifier, LexiconExtension } from '../../reply/classify.ts';
import type { Scenario, ScenarioIssue } from '../scenario.types.ts';

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

/** Options for validation. */
export interface ValidateOptions {
  /** Builds the classifier used on model answers (default: the real one, with the scenario's lexicon). */
  classifierFor?: (lexicon: LexiconExtension | undefined) => Classifier;
}
