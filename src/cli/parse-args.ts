import { UsageError } from './command.types.ts';

export interface ParsedArgs {
  options: Record<string, string | true>;
  positional: string[];
}

/**
 * Minimal flag parser: `--name value`, `--name=value` and boolean `--flag`. Unknown options are a
 * usage error naming the option, so a typo never silently changes behaviour.
 */
export function parseArgs(args: string[], spec: Record<string, 'string' | 'boolean'>): ParsedArgs {
  const options: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const kind = spec[name];
    if (!kind) throw new UsageError(`unknown option --${name}`);
    if (kind === 'boolean') {
      options[name] = true;
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`option --${name} needs a value`);
    options[name] = value;
  }
  return { options, positional };
}
