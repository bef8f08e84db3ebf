import type { CliEntry } from '../command.types.ts';

/**
 * Every `npx defuse` command, in the order `--help` lists them. A command's module — and the classifier, the
 * scenario parser or the pack builder it imports — loads only when that command runs or shows its help:
 * `defuse --help` and a mistyped command answer without loading any (0.3 CPU-s instead of 1.0).
 */
export const commands: CliEntry[] = [
  {
    name: 'classify',
    summary: 'classify trainee replies (JSON lines on stdin) into moves and forbidden phrases',
    load: async () => (await import('./classify.ts')).command,
  },
  {
    name: 'eval',
    summary: 'measure the classifier on a labelled JSON-lines set (precision, recall, accuracy)',
    load: async () => (await import('./eval.ts')).command,
  },
  {
    name: 'bench',
    summary: 'benchmark the classifier (ms per reply for short, typical and long replies)',
    load: async () => (await import('./bench.ts')).command,
  },
  {
    name: 'validate',
    summary: 'validate scenario files (schema, references, reachability, locales, model answers)',
    load: async () => (await import('./validate.ts')).command,
  },
  {
    name: 'drill',
    summary: 'play a scenario with replies from stdin (JSON lines) and print the scorecard',
    load: async () => (await import('./drill.ts')).command,
  },
  {
    name: 'test',
    summary: 'run scenario tests (saved transcripts with expected outcome and score range)',
    load: async () => (await import('./test.ts')).command,
  },
  {
    name: 'config',
    summary: 'write and check the organisation file (defuse.config.json): passcode hash, record store, packs, groups',
    load: async () => (await import('./config.ts')).command,
  },
  {
    name: 'pack',
    summary: 'build a scenario pack (every device of the organisation loads it) from scenario files',
    load: async () => (await import('./pack.ts')).command,
  },
];
