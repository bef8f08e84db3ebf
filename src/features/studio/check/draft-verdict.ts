// Everything the studio works out from one edit, in one pure function: the validator's located issues,
// the parsed scenario, and the saved tests run against it. The worker runs it off the main thread; where
// there is no Worker (jsdom, a browser that refuses it) the page runs the same function itself.
import { ScenarioTestSchema } from '../../../domain/scenario-tests/scenario-tests.schema.ts';
import { runScenarioTests, type TestResult } from '../../../domain/scenario-tests/run-scenario-tests.ts';
import type { ScenarioTest } from '../../../domain/scenario-tests/scenario-tests.schema.ts';
import { checkDraft, type DraftCheck } from '../check-draft.ts';

/** A stored test with its parse result and, when it could run, its result. */
export interface TestRow {
  index: number;
  name: string;
  test: ScenarioTest | null;
  result: TestResult | null;
}

/** The verdict on one text with one list of stored tests. Plain data: it crosses to and from the worker. */
export interface DraftVerdict {
  check: DraftCheck;
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
  return { check, tests: rows };
}
