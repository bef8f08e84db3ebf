// The shipped scenarios' saved transcripts (scenarios/tests/*.tests.json) run in `npm test`.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario/parse-scenario.ts';
import { parseTestPlanText } from './parse-test-plan.ts';
import { describeFailure, runScenarioTests } from './run-scenario-tests.ts';

const DIR = new URL('../../../scenarios/', import.meta.url);
const files = readdirSync(new URL('tests/', DIR)).filter((f) => f.endsWith('.tests.json'));

describe('shipped scenario tests', () => {
  it('every shipped scenario has a test plan', () => {
    const scenarios = readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(files.map((f) => f.replace(/\.tests\.json$/, '')).sort()).toEqual(scenarios.sort());
  });

  for (const file of files) {
    it(file, () => {
      const parsed = parseTestPlanText(readFileSync(new URL(`tests/${file}`, DIR), 'utf8'));
      if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
      const scenario = parseScenario(JSON.parse(readFileSync(new URL(`${parsed.plan.scenario}.json`, DIR), 'utf8')));
      const failures = runScenarioTests(scenario, parsed.plan.tests).flatMap((r) => r.failures.map((f) => `${r.name}: ${describeFailure(f)}`));
      expect(failures).toEqual([]);
    });
  }
});
