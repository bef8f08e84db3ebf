import { MAX_REPLY_LENGTH } from '../../domain/limits.ts';
import { createReader } from '../../domain/reading/read-reply.ts';
import { LOCALES, type Locale } from '../../domain/reply/reply.types.ts';
import { UsageError, type CliCommand } from '../command.types.ts';
import { localeOption } from '../locale-option.ts';
import { parseArgs } from '../parse-args.ts';
import { loadScenario } from '../load-scenario.ts';
import { readLines } from '../read-lines.ts';

const usage = `Usage: defuse classify [--scenario ID|FILE] [--locale L]

Reads JSON lines {"text": "...", "locale"?: "zh-Hant"|"zh-Hans"|"en", "id"?: ...} from stdin and writes one
JSON line per input, in order: the reading the drill uses (one reading per reply):
  {"id"?, "locale", "acts": [move ids], "forbidden": [{list, phrase, matched, start, end, ...}],
   "evidence": [{move, rule, start, end, entry?}],
   "details": {"times": [{when, start, end}], "owners": [{who, start, end}], "facts": [ids], "remedies": [ids]}}
With --scenario, the scenario's own lexicon entries are read too, and its facts and remedies named.
A malformed line gets {"error": "<reason>"} in its place; the rest are still answered and the exit code is 1.

Options:
  --scenario S  a shipped scenario id (e.g. angry-resident) or a scenario file
  --locale L    hint for replies without their own "locale" (${LOCALES.join(', ')}); the text decides
  --help        show this help

Example:
  echo '{"text":"你別激動,公司的規定就是這樣的。"}' | npx defuse classify`;

function parseLine(line: string): { text: string; locale?: Locale; id?: unknown } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error('not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected a JSON object');
  const obj = value as Record<string, unknown>;
  if (typeof obj.text !== 'string') throw new Error('"text" must be a string');
  if (obj.text.length > MAX_REPLY_LENGTH) throw new Error(`"text" is ${obj.text.length} characters; a reply is at most ${MAX_REPLY_LENGTH}`);
  if (obj.locale !== undefined && !(LOCALES as readonly unknown[]).includes(obj.locale)) {
    throw new Error(`"locale" must be one of ${LOCALES.join(', ')}`);
  }
  return { text: obj.text, locale: obj.locale as Locale | undefined, id: obj.id };
}

export const command: CliCommand = {
  usage,
  async run(args, io) {
    const { options, positional } = parseArgs(args, { locale: 'string', scenario: 'string' });
    if (positional.length > 0) throw new UsageError(`unexpected argument '${positional[0]}'`);
    const hint = localeOption(options.locale);
    const read = createReader(typeof options.scenario === 'string' ? await loadScenario(options.scenario) : undefined);
    let failed = false;
    for await (const { line, number } of readLines(io.stdin)) {
      if (line.trim() === '') continue;
      try {
        const input = parseLine(line);
        const r = read(input.text, { locale: input.locale ?? hint });
        const out = {
          ...(input.id !== undefined ? { id: input.id } : {}),
          locale: r.locale,
          acts: r.acts,
          forbidden: r.forbidden,
          evidence: r.evidence,
          details: r.details,
        };
        io.stdout(`${JSON.stringify(out)}\n`);
      } catch (error) {
        failed = true;
        io.stdout(`${JSON.stringify({ error: `line ${number}: ${(error as Error).message}` })}\n`);
      }
    }
    return failed ? 1 : 0;
  },
};
