import { parseArgs as parseNodeArgs } from 'node:util';
import { UsageError } from './command.types.ts';

type Kind = 'string' | 'boolean';
type Options<S extends Record<string, Kind>> = { [K in keyof S]?: S[K] extends 'string' ? string : boolean };

export interface ParsedArgs<S extends Record<string, Kind>> {
  options: Options<S>;
  positional: string[];
}

/** Node's parse error as one line in the CLI's words (its own messages run to three lines). */
function usageError(error: unknown): UsageError {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown option ${option}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new UsageError(/does not take an argument/.test(message) ? `option ${option} takes no value` : `option ${option} needs a value`);
  }
  return new UsageError(message.split('\n')[0] ?? message);
}

/**
 * The commands' options, by node's `util.parseArgs`: `--name value`, `--name=value`, boolean `--flag`, and
 * `--` before a positional that starts with a dash. An unknown option or a missing value is a UsageError
 * naming the option (exit 2), so a typo never silently changes behaviour.
 */
export function parseArgs<S extends Record<string, Kind>>(args: string[], spec: S): ParsedArgs<S> {
  const options = Object.fromEntries(Object.entries(spec).map(([name, type]) => [name, { type }]));
  try {
    const { values, positionals } = parseNodeArgs({ args, options, allowPositionals: true, strict: true });
    return { options: values as Options<S>, positional: positionals };
  } catch (error) {
    throw usageError(error);
  }
}
