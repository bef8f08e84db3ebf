// `npx defuse validate <files…>`: `ok <file>` or one line per problem, `<file>: <json path>: [check] message`.
// Exit 1 if any file is invalid. Never a stack trace: unreadable and oversized files are problems too.
import { readFile, stat } from 'node:fs/promises';
import { decodeUtf8 } from '../../domain/json/read-json.ts';
import { MAX_SCENARIO_BYTES, validateScenarioText } from '../../domain/scenario/validate/validate-scenario.ts';
import { UsageError, type CliCommand } from '../command.types.ts';
import { parseArgs } from '../parse-args.ts';

const usage = `Usage: defuse validate <file.json>…

Checks scenario files against the schema (public/scenario.schema.json) and the semantic checks:
schema, range, missing-locale, wrong-language, unknown-state, unreachable-state, no-way-out, end-unreachable,
duplicate-id, remedy-says, shared-topic, model-answer-harmful, pattern, schema-version, json, encoding, file-size.
Every file given is checked, whatever happens to the others.
Prints "ok <file>" or one line per problem: <file>: <json path>: [check] message.
Exit code 1 if any file is invalid.`;

async function problemsOf(file: string): Promise<string[]> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    return [`${file}: $: [file] cannot read file`];
  }
  if (size > MAX_SCENARIO_BYTES) return [`${file}: $: [file-size] file is ${size} bytes; scenarios are limited to 1 MB`];
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    return [`${file}: $: [file] cannot read file`];
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return [`${file}: $: [encoding] ${decoded.message}`];
  try {
    return validateScenarioText(decoded.text).map((i) => `${file}: ${i.path}: [${i.check}] ${i.message}`);
  } catch (error) {
    // A defect of ours, never the file's: still name the file, keep going with the others, no stack trace.
    return [`${file}: $: [internal] the validator failed on this file (${error instanceof Error ? error.message : String(error)}); please report it`];
  }
}

export const command: CliCommand = {
  usage,
  async run(args, io) {
    const files = parseArgs(args, {}).positional;
    if (files.length === 0) throw new UsageError('give at least one scenario file');
    let failed = false;
    for (const file of files) {
      const problems = await problemsOf(file);
      if (problems.length === 0) io.stdout(`ok ${file}\n`);
      else {
        failed = true;
        io.stdout(`${problems.join('\n')}\n`);
      }
    }
    return failed ? 1 : 0;
  },
};
