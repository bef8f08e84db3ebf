/** Where a CLI command reads and writes; injected so commands are testable without a child process. */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** What `npx defuse <name>` does, once its module is loaded (see CliEntry). `run` resolves to the process exit code. */
export interface CliCommand {
  /** Full `--help` text of the command. */
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}

/** One `npx defuse <name>` command as `defuse --help` lists it; `load` imports its module on demand. */
export interface CliEntry {
  /** The word after `defuse`. */
  name: string;
  /** One line for `defuse --help`. */
  summary: string;
  load(): Promise<CliCommand>;
}

/** A usage error: printed as one line, exit code 2. */
export class UsageError extends Error {}

/** A bad-input error: printed as one line, exit code 1. */
export class InputError extends Error {}
