// A shipped scenario by id (scenarios/<id>.json) or a scenario file by path, parsed; a clear message
// naming the file and the first problem otherwise.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { decodeUtf8, readJson } from '../domain/json/read-json.ts';
import { ScenarioError, parseScenario } from '../domain/scenario/parse-scenario.ts';
import type { Scenario } from '../domain/scenario/scenario.types.ts';
import { InputError } from './command.types.ts';

const SCENARIO_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

export async function loadScenario(target: string): Promise<Scenario> {
  const isId = /^[a-z][a-z0-9_-]*$/.test(target);
  const path = isId ? `${SCENARIO_DIR}${target}.json` : target;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    throw new InputError(isId ? `unknown scenario "${target}"` : `cannot read ${target}`);
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) throw new InputError(`invalid scenario ${target}: ${decoded.message}`);
  const read = readJson(decoded.text);
  if (!read.ok) throw new InputError(`invalid scenario ${target}: ${read.path}: ${read.message}`);
  try {
    return parseScenario(read.value);
  } catch (error) {
    if (error instanceof ScenarioError) throw new InputError(`invalid scenario ${target}: ${error.issues[0]?.path}: ${error.issues[0]?.message} (run defuse validate)`);
    throw error;
  }
}
