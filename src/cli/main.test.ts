import { Readable } from 'node:stream';
import { expect, it } from 'vitest';
import { commands } from './commands/index.ts';
import { main } from './main.ts';

const run = async (argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdin: Readable.from([]), stdout: (s) => void out.push(s), stderr: (s) => void err.push(s) });
  return { code, out: out.join(''), err: err.join('') };
};

it('lists every command with its summary, and each command named there shows its own help', async () => {
  const overview = await run(['--help']);
  expect(overview.code).toBe(0);
  for (const c of commands) {
    expect(overview.out).toContain(`  ${c.name}`);
    expect(overview.out).toContain(c.summary);
    const help = await run([c.name, '--help']);
    expect(help.code, c.name).toBe(0);
    expect(help.out, c.name).toMatch(new RegExp(`^Usage: defuse ${c.name}\\b`));
  }
});
