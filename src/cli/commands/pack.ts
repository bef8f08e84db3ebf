// `npx defuse pack <out.json> <files…>`: builds a scenario pack for every device of the organisation from
// scenario files (the studio's exports) and earlier packs. Nothing is written unless every scenario passes.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { decodeUtf8 } from '../../domain/json/read-json.ts';
import { buildPack, type PackInput } from '../../domain/org/build-pack.ts';
import { MAX_PACK_BYTES } from '../../domain/org/pack.schema.ts';
import { MAX_SCENARIO_BYTES } from '../../domain/scenario/validate/validate-scenario.ts';
import { InputError, UsageError, type CliCommand } from '../command.types.ts';
import { parseArgs } from '../parse-args.ts';

const usage = `Usage: defuse pack <out.json> <scenario.json | pack.json>… [--id <pack-id>] [--name <name>]

Builds a scenario pack: the organisation's scenarios in one file that every device loads when it is
listed in defuse.config.json. Inputs are scenario files (the studio's Export) or earlier packs.
Each scenario is checked with the same validator as \`defuse validate\`; any problem refuses the
whole pack, one line per problem: <file>: <json path>: [check] message. The pack records each
scenario's version (so attempts re-score on every device) and a SHA-256 hash of its content.

Options:
  --id <pack-id>   stable id, lower-case letters, digits and dashes (default: from <out.json>)
  --name <name>    what trainers call it (default: the id)

Deploy it (two commands):
  npx defuse pack public/packs/complaints.json exports/*.json --name "Complaint drills"
  npx defuse config add-pack packs/complaints.json

Exit code: 0 written, 1 an input is wrong (nothing written), 2 usage error.`;

async function readInput(file: string): Promise<PackInput | string> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    return `${file}: $: [file] cannot read file`;
  }
  // A scenario is at most 1 MB; only a pack may be larger.
  if (size > MAX_PACK_BYTES) return `${file}: $: [file-size] file is ${size} bytes; packs are limited to ${MAX_PACK_BYTES / 1024 / 1024} MB, scenarios to ${MAX_SCENARIO_BYTES / 1024 / 1024} MB`;
  const decoded = decodeUtf8(await readFile(file));
  if (!decoded.ok) return `${file}: $: [encoding] ${decoded.message}`;
  return { file, text: decoded.text };
}

export const command: CliCommand = {
  usage,
  async run(args, io) {
    const { options, positional } = parseArgs(args, { id: 'string', name: 'string' });
    const [out, ...files] = positional;
    if (!out || files.length === 0) throw new UsageError('give the pack file to write and at least one scenario file');
    if (!out.endsWith('.json')) throw new UsageError(`the pack file must end in .json (got ${out})`);
    if (files.includes(out)) throw new UsageError(`${out} is both the output and an input`);
    const id = options.id ?? basename(out, '.json').toLowerCase();
    const inputs: PackInput[] = [];
    const problems: string[] = [];
    for (const file of files) {
      const read = await readInput(file);
      if (typeof read === 'string') problems.push(read);
      else inputs.push(read);
    }
    const built = await buildPack({ id, name: options.name ?? id, builtAt: new Date().toISOString() }, inputs);
    if (problems.length > 0 || !built.ok) {
      io.stdout(`${[...problems, ...(built.ok ? [] : built.problems)].join('\n')}\n`);
      io.stderr(`defuse pack: nothing written to ${out}\n`);
      return 1;
    }
    const text = `${JSON.stringify(built.pack, null, 2)}\n`;
    if (text.length > MAX_PACK_BYTES) throw new InputError(`the pack would be larger than ${MAX_PACK_BYTES / 1024 / 1024} MB; split it in two`);
    await writeFile(out, text);
    io.stdout(`Pack ${built.pack.id} written to ${out}: ${built.pack.scenarios.map((s) => `${s.id} (${s.version})`).join(', ')}\n`);
    return 0;
  },
};
