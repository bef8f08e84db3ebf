// Validate at the edge: test plan text → plan or issues located by JSON path.
import { toJsonPath } from '../scenario/parse-scenario.ts';
import type { ScenarioIssue } from '../scenario/scenario.types.ts';
import { ScenarioTestPlanSchema, type ScenarioTestPlan } from './scenario-tests.schema.ts';

/** Largest test plan file accepted (bytes). */
export const MAX_TEST_PLAN_BYTES = 2 * 1024 * 1024;

/** Parses test plan text; never throws. */
export function parseTestPlanText(text: string): { ok: true; plan: ScenarioTestPlan } | { ok: false; issues: ScenarioIssue[] } {
  if (text.length > MAX_TEST_PLAN_BYTES) return { ok: false, issues: [{ check: 'file-size', path: '$', message: 'test plan is larger than 2 MB' }] };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ check: 'json', path: '$', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const parsed = ScenarioTestPlanSchema.safeParse(doc);
  if (parsed.success) return { ok: true, plan: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((i) => ({ check: 'test-plan', path: toJsonPath(i.path), message: i.message })) };
}
