// `npx defuse test <tests.json…> [--scenario file.json]`: plays each saved transcript through the engine and
// scorer and checks its expected outcome and score range. Exit 1 if any test fails or a file is unusable.
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTestPlanText, MAX_TEST_PLAN_BYTES } from '../../domain/scenario-tests/parse-test-plan.ts';
import { describeFailure, runScenarioTests } from '../../domain/scenario-tests/run-scenario-tests.ts';
import { safeParseScenario } from '../../domain/scenario/parse-scenario.ts';
import type { Scenario } from '../../domain/scenario/scenario.types.ts';
import { MAX_SCENARIO_BYTES } from '../../domain/scenario/validate/validate-scenario.ts';
import { UsageError, type CliCommand } from '../command.types.ts';
import { parseArgs } from '../parse-args.ts';

const usage = `Usage: defuse test <file.tests.json>… [--scenario file.json]

Runs scenario tests: saved transcripts with the outcome and score range they must produce
(format: {"testPlanVersion": 1, "scenario": "<id>", "tests": [{"name", "locale", "seed", "replies",
"expect": {"outcome", "score": {"min", "max"}}}]}).
The scenario is --scenario, else <id>.json beside the test file or one folder up, else a shipped scenario.
Prints "ok <file>: <name>" or "FAIL <file>: <name>: <reason>" per test, then a summary.
Exit code 1 if any test fails or a file cannot be used.`;

const SHIPPED = fileURLToPath(new URL('../../../scenarios/', import.meta.url));

async function readLimited(file: string, limit: number): Promise<string> {
  const size = (await stat(file)).size;
  if (size > limit) throw new Error(`file is ${size} bytes; the limit is ${limit}`);
  return readFile(file, 'utf8');
}

async function loadScenario(candidates: string[]): Promise<{ scenario: Scenario } | { error: string }> {
  for (const file of candidates) {
    let text: string;
    try {
      text = await readLimited(file, MAX_SCENARIO_BYTES);
    } catch {
      continue;
    }
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      return { error: `${file}: not valid JSON` };
    }
    const parsed = safeParseScenario(doc);
    if (!parsed.ok) return { error: `${file}: invalid scenario (${parsed.issues[0]?.path}: ${parsed.issues[0]?.message}; run defuse validate)` };
    return { scenario: parsed.scenario };
  }
  return { error: `scenario not found (tried ${candidates.join(', ')})` };
}

export const command: CliCommand = {
  usage,
  async run(args, io) {
    const { options, positional: files } = parseArgs(args, { scenario: 'string' });
    const scenarioFile = options.scenario ?? null;
    if (files.length === 0) throw new UsageError('give at least one test file');
    let passed = 0;
    let failed = 0;
    for (const file of files) {
      let text: string;
      try {
        text = await readLimited(file, MAX_TEST_PLAN_BYTES);
      } catch {
        io.stdout(`FAIL ${file}: cannot read file (missing or larger than 2 MB)\n`);
        failed++;
        continue;
      }
      const plan = parseTestPlanText(text);
      if (!plan.ok) {
        for (const issue of plan.issues) io.stdout(`FAIL ${file}: ${issue.path}: [${issue.check}] ${issue.message}\n`);
        failed++;
        continue;
      }
      const id = plan.plan.scenario;
      const dir = dirname(file);
      const candidates = scenarioFile ? [scenarioFile] : [join(dir, `${id}.json`), join(dir, '..', `${id}.json`), join(SHIPPED, `${id}.json`)];
      const loaded = await loadScenario(candidates);
      if ('error' in loaded) {
        io.stdout(`FAIL ${file}: ${loaded.error}\n`);
        failed++;
        continue;
      }
      if (loaded.scenario.id !== id) {
        io.stdout(`FAIL ${file}: tests are for "${id}" but the scenario is "${loaded.scenario.id}"\n`);
        failed++;
        continue;
      }
      for (const result of runScenarioTests(loaded.scenario, plan.plan.tests)) {
        if (result.passed) {
          passed++;
          const note = result.unplayed > 0 ? `; ${result.unplayed} repl${result.unplayed === 1 ? 'y' : 'ies'} after the end not played` : '';
          io.stdout(`ok ${file}: ${result.name} (${result.outcome}, ${result.score}${note})\n`);
        } else {
          failed++;
          io.stdout(`FAIL ${file}: ${result.name}: ${result.failures.map(describeFailure).join('; ')}\n`);
        }
      }
    }
    io.stdout(`${passed} passed, ${failed} failed\n`);
    return failed > 0 ? 1 : 0;
  },
};
