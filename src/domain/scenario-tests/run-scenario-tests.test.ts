import { describe, expect, it } from 'vitest';
import { shipped } from '../scenario/test-support/shipped.ts';
import { parseTestPlanText } from './parse-test-plan.ts';
import { runScenarioTests } from './run-scenario-tests.ts';

describe('runScenarioTests', () => {
  const scenario = shipped('angry-resident');
  it('passes when outcome and score hold, and lists every broken expectation', () => {
    const [ok, bad] = runScenarioTests(scenario, [
      { name: 'a', locale: 'en', seed: 1, replies: [], expect: { outcome: 'incomplete', score: { min: 0, max: 100 } } },
      { name: 'b', locale: 'en', seed: 1, replies: [], expect: { outcome: 'resolved', score: { min: 90, max: 100 } } },
    ]);
    expect(ok?.passed).toBe(true);
    expect(bad?.passed).toBe(false);
    expect(bad?.failures.map((f) => f.kind)).toEqual(['outcome', 'score']);
  });

  it('refuses malformed plans with located issues, never throwing', () => {
    expect(parseTestPlanText('nope')).toMatchObject({ ok: false, issues: [{ check: 'json' }] });
    const dup = { testPlanVersion: 1, scenario: 'x', tests: [1, 2].map(() => ({ name: 'same', locale: 'en', replies: [], expect: { outcome: 'resolved' } })) };
    expect(parseTestPlanText(JSON.stringify(dup))).toMatchObject({ ok: false, issues: [{ path: '$.tests[1].name' }] });
  });
});
