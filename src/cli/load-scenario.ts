// A shipped scenario by id (scenarios/<id>.json) or a scenario file by path, parsed; a clear message
// naming the file and the first problem otherwise.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ScenarioError, parseScenario } from '../domain/scenario/parse-scenario.ts';
import type { Scenario } from '../domain/scenario/scenario.types.ts';
import { InputError } from './command.types.ts';

const SCENARIO_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

export async function loadScenario(target: string): Promise<Scenario> {
  const isId = /^[a-z][a-z0-9_-]*$/.test(target);
  const path = isId ? `${SCENARIO_DIR}${target}.json` : target;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new InputError(isId ? `unknown scenario "${target}"` : `cannot read ${target}`);
  }
  try {
    return parseScenario(JSON.parse(text));
  } catch (error) {
    if (error instanceof ScenarioError) throw new InputError(`invalid scenario ${target}: ${error.issues[0]?.path}: ${error.issues[0]?.message} (run defuse validate)`);
    throw new InputError(`invalid scenario ${target}: not valid JSON`);
  }
}
