import type { CliEntry, CliIO } from './command.types.ts';
import { InputError, UsageError } from './command.types.ts';
import { commands } from './commands/index.ts';

const processIO: CliIO = {
  stdin: process.stdin,
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
};

function overview(list: CliEntry[]): string {
  const width = Math.max(...list.map((c) => c.name.length));
  return [
    'Usage: defuse <command> [options]',
    '',
    'Commands:',
    ...list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `defuse <command> --help` for a command\'s options.',
    '',
  ].join('\n');
}

/** Dispatches argv to a command. Never throws: every failure is one line on stderr and an exit code. */
export async function main(argv: string[], io: CliIO = processIO, list: CliEntry[] = commands): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(overview(list));
    return name === undefined ? 2 : 0;
  }
  const entry = list.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`defuse: unknown command '${name}' (try: ${list.map((c) => c.name).join(', ')})\n`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.usage.endsWith('\n') ? command.usage : `${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`defuse ${name}: ${message.split('\n')[0]}\n`);
    if (error instanceof UsageError) return 2;
    if (error instanceof InputError) return 1;
    return 1;
  }
}
