// `npx defuse drill <scenario id | file> [--locale L] [--seed N] [--difficulty D]`: plays trainee replies read as JSON lines
// from stdin ({"text": "..."}, optionally a last {"diagnosis": {...}}) and prints one scorecard JSON.
import { MAX_REPLY_LENGTH } from '../../domain/limits.ts';
import { runDrill } from '../../domain/drill/run-drill.ts';
import { createReader } from '../../domain/reading/read-reply.ts';
import type { Locale } from '../../domain/reply/reply.types.ts';
import { DIFFICULTIES, difficultyOf, type Difficulty } from '../../domain/scenario/playable.ts';
import { COMPLAINT_CAUSES, MOTIVES, SEVERITIES } from '../../domain/scenario/scenario.schema.ts';
import { scoreDrill } from '../../domain/scoring/score-drill.ts';
import type { Diagnosis } from '../../domain/scoring/scorecard.types.ts';
import { InputError, UsageError, type CliCommand } from '../command.types.ts';
import { loadScenario } from '../load-scenario.ts';
import { localeOption } from '../locale-option.ts';
import { parseArgs } from '../parse-args.ts';

const usage = `Usage: defuse drill <scenario id | file.json> [--locale zh-Hant|zh-Hans|en] [--seed N]
                    [--difficulty easy|standard|hard] [--delay SECONDS]

The seed picks this play's variation (name, details, optional objections, line variants); the same
replies, seed and difficulty always give the same conversation.
Reads trainee replies from stdin as JSON lines: {"text": "..."} or {"text": "...", "delay": 90}; an optional last line
{"diagnosis": {"cause": "service", "severity": "serious", "motive": "fix"}} is scored under judge.
Prints one scorecard JSON: scenario, locale, outcome, score, passed, dimensions, turns, hostility.
Stops at the first end state; replies after it are listed under "unplayed".
Chat and email scenarios weigh how long each reply took after the customer's message: --delay gives
every reply that many seconds, a line's "delay" its own (a chat answer after 60 s is slow by default).`;


interface DrillArgs {
  target: string;
  locale: Locale | null;
  seed: number;
  difficulty: Difficulty;
  delay: number | undefined;
}

const SECONDS = /^\d{1,8}$/;

function drillArgs(args: string[]): DrillArgs {
  const { options, positional } = parseArgs(args, { locale: 'string', seed: 'string', difficulty: 'string', delay: 'string' });
  const [target, extra] = positional;
  if (target === undefined) throw new UsageError('give a scenario id or file');
  if (extra !== undefined) throw new UsageError(`unexpected argument ${extra}`);
  if (options.seed !== undefined && !/^\d+$/.test(options.seed)) throw new UsageError('--seed must be a non-negative integer');
  if (options.difficulty !== undefined && !(DIFFICULTIES as readonly string[]).includes(options.difficulty)) throw new UsageError(`--difficulty must be one of ${DIFFICULTIES.join(', ')}`);
  if (options.delay !== undefined && !SECONDS.test(options.delay)) throw new UsageError('--delay must be a whole number of seconds');
  return {
    target,
    locale: localeOption(options.locale) ?? null,
    seed: options.seed === undefined ? 1 : Number(options.seed),
    difficulty: difficultyOf(options.difficulty),
    delay: options.delay === undefined ? undefined : Number(options.delay),
  };
}


async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function parseDiagnosis(value: unknown, line: number): Diagnosis {
  if (typeof value !== 'object' || value === null) throw new InputError(`line ${line}: "diagnosis" must be an object`);
  const d = value as Record<string, unknown>;
  const pick = <T extends string>(key: string, allowed: readonly T[]): T | undefined => {
    const v = d[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) throw new InputError(`line ${line}: diagnosis.${key} must be one of ${allowed.join(', ')}`);
    return v as T;
  };
  return { cause: pick('cause', COMPLAINT_CAUSES), severity: pick('severity', SEVERITIES), motive: pick('motive', MOTIVES) };
}

/** Parses the JSON-lines input into replies and an optional diagnosis (which must come last). */
export function parseDrillInput(text: string): { replies: string[]; delays: (number | undefined)[]; diagnosis: Diagnosis | null } {
  const replies: string[] = [];
  const delays: (number | undefined)[] = [];
  let diagnosis: Diagnosis | null = null;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    if (diagnosis) throw new InputError(`line ${line}: nothing may follow the diagnosis line`);
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new InputError(`line ${line}: not valid JSON`);
    }
    const obj = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
    if (typeof obj.text === 'string') {
      if (obj.text.length > MAX_REPLY_LENGTH) throw new InputError(`line ${line}: "text" is ${obj.text.length} characters; a reply is at most ${MAX_REPLY_LENGTH}`);
      if (obj.delay !== undefined && (typeof obj.delay !== 'number' || !Number.isInteger(obj.delay) || obj.delay < 0 || obj.delay > 99_999_999)) {
        throw new InputError(`line ${line}: "delay" must be a whole number of seconds`);
      }
      replies.push(obj.text);
      delays.push(obj.delay as number | undefined);
    }
    else if ('diagnosis' in obj) diagnosis = parseDiagnosis(obj.diagnosis, line);
    else throw new InputError(`line ${line}: expected {"text": "..."} or {"diagnosis": {...}}`);
  });
  return { replies, delays, diagnosis };
}

export const command: CliCommand = {
  usage,
  async run(args, io) {
    const { target, locale, seed, difficulty, delay } = drillArgs(args);
    const scenario = await loadScenario(target);
    const { replies, delays, diagnosis } = parseDrillInput(await readAll(io.stdin));
    const read = createReader(scenario);
    const drillLocale = locale ?? (replies[0] !== undefined ? read(replies[0]).locale : 'zh-Hant');
    const waited = delays.map((d) => d ?? delay);
    const run = runDrill(scenario, replies, { read, seed, difficulty, locale: drillLocale, waited });
    const card = scoreDrill(run.played, { ...run, locale: drillLocale, diagnosis });
    io.stdout(`${JSON.stringify(card, null, 2)}\n`);
    return 0;
  },
};
