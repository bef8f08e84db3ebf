// Everything the studio works out from one edit, in one pure function: the validator's problems located
// and worded, whether the scenario parsed, and the saved tests run against it. The worker runs it off the
// main thread; where there is no Worker (jsdom, a browser that refuses it) the page runs the same function.
//
// What crosses back is compact on purpose: problems with their line and column (a few hundred at most), the
// test rows, and the parsed scenario as one JSON string, copied as one block instead of as an object tree.
// The page does no validation work of its own: it parses that string only when a tab that shows the
// scenario asks for it (see read-verdict.ts).
import { ScenarioTestSchema } from '../../../domain/scenario-tests/scenario-tests.schema.ts';
import { runScenarioTests, type TestResult } from '../../../domain/scenario-tests/run-scenario-tests.ts';
import type { ScenarioTest } from '../../../domain/scenario-tests/scenario-tests.schema.ts';
import { checkDraft } from '../check-draft.ts';
import { deepFreeze, recentValues } from '../../../domain/recent.ts';
import { diagnose, type Problem } from '../editor/diagnose.ts';

/** A stored test with its parse result and, when it could run, its result. */
export interface TestRow {
  index: number;
  name: string;
  test: ScenarioTest | null;
  result: TestResult | null;
}

/** The verdict on one text with one list of stored tests. Plain, small data: it crosses from the worker. */
export interface DraftVerdict {
  /** The validator's issues, one problem per root cause, each with its place, line and column. */
  problems: Problem[];
  /** No issues at all: may be published. */
  valid: boolean;
  /** The parsed scenario's id, when the schema passed (semantic issues may remain). */
  scenarioId: string | null;
  /** The parsed scenario as JSON text, when the schema passed; null otherwise. */
  scenarioJson: string | null;
  /** The text is a JSON document the reader accepts (not too deep, no key twice, no `__proto__`). */
  readable: boolean;
  /** The stored tests, each run when the scenario parsed. */
  tests: TestRow[];
}

/** The stored tests, parsed, none run yet (what the tests panel shows before a verdict arrives). */
export function testRows(rawTests: readonly unknown[]): TestRow[] {
  return rawTests.map((raw, index) => {
    const parsed = ScenarioTestSchema.safeParse(raw);
    const named = (raw as { name?: unknown } | null)?.name;
    return { index, name: typeof named === 'string' ? named : `#${index + 1}`, test: parsed.success ? parsed.data : null, result: null };
  });
}

export function draftVerdict(text: string, rawTests: readonly unknown[]): DraftVerdict {
  const check = checkDraft(text);
  const rows = testRows(rawTests);
  if (check.scenario) {
    const runnable = rows.filter((r) => r.test !== null);
    const results = runScenarioTests(check.scenario, runnable.map((r) => r.test!));
    runnable.forEach((r, i) => (r.result = results[i] ?? null));
  }
  return {
    problems: diagnose(check.issues, text, check.doc),
    valid: check.valid,
    scenarioId: check.scenario?.id ?? null,
    scenarioJson: check.scenario ? JSON.stringify(check.scenario) : null,
    readable: check.doc !== undefined,
    tests: rows,
  };
}

/** The last few verdicts: an undo, a redo or an editor opened again on the same text. */
const recent = recentValues<DraftVerdict>(8);

/**
 * `draftVerdict`, given back at once for a text and tests among the last few checked: undo and redo return to
 * a text checked a moment ago, and each opening of a document checks the text it was last closed on. A verdict
 * is plain data worked out from these two alone, so the one remembered (frozen) is the one a new check would reach.
 */
export function recentVerdict(text: string, rawTests: readonly unknown[]): DraftVerdict {
  return recent(`${JSON.stringify(rawTests)}\u0000${text}`, () => deepFreeze(draftVerdict(text, rawTests)));
}
