// The page's side of a verdict: the small parts as they came; the scenario and the document are read from
// text only when something asks for them (a tab that shows the scenario, the translations table), once per
// verdict. Typing with the tests tab open never parses the scenario on the main thread.
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import type { Problem } from '../editor/diagnose.ts';
import type { DraftVerdict } from './draft-verdict.ts';

/** What the studio knows about a draft. */
export interface DraftView {
  /** The validator's problems, one per root cause, located. */
  problems: readonly Problem[];
  /** No issues at all: may be published. */
  valid: boolean;
  /** The parsed scenario's id, when the schema passed. */
  scenarioId: string | null;
  /** The schema passed: `scenario` is there to read. */
  hasScenario: boolean;
  /** The parsed scenario (semantic issues may remain); read on first use. */
  readonly scenario: Scenario | null;
  /** The JSON document, read on first use; undefined when the text is not one the reader accepts. */
  readonly doc: unknown;
}

/** Before the first verdict arrives from the worker: nothing known, nothing publishable. */
export const UNCHECKED: DraftView = { problems: [], valid: false, scenarioId: null, hasScenario: false, scenario: null, doc: undefined };

export function readVerdict(verdict: Omit<DraftVerdict, 'tests'>, text: string): DraftView {
  let scenario: Scenario | null | undefined;
  let doc: unknown;
  let docRead = !verdict.readable;
  return {
    problems: verdict.problems,
    valid: verdict.valid,
    scenarioId: verdict.scenarioId,
    hasScenario: verdict.scenarioJson !== null,
    get scenario() {
      if (scenario === undefined) scenario = verdict.scenarioJson === null ? null : (JSON.parse(verdict.scenarioJson) as Scenario);
      return scenario;
    },
    get doc() {
      if (!docRead) {
        docRead = true;
        doc = JSON.parse(text);
      }
      return doc;
    },
  };
}
