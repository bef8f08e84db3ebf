import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { command } from './validate.ts';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdin: Readable.from([]), stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) }, out, err };
}

describe('defuse validate', () => {
  it('prints ok for every shipped scenario and exits 0', async () => {
    const { io: cli, out } = io();
    const code = await command.run(['scenarios/angry-resident.json', 'scenarios/phone-lost-warranty.json'], cli);
    expect(code).toBe(0);
    expect(out.join('')).toBe('ok scenarios/angry-resident.json\nok scenarios/phone-lost-warranty.json\n');
  });

  it('prints one line per problem with file, JSON path and check, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'defuse-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schemaVersion": 2, "id": "Bad Id"');
    const big = join(dir, 'big.json');
    writeFileSync(big, ' '.repeat(1024 * 1024 + 10));
    const { io: cli, out } = io();
    const code = await command.run([bad, big, join(dir, 'missing.json')], cli);
    expect(code).toBe(1);
    const lines = out.join('').trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^${bad}: \\$: \\[json\\] not valid JSON`)),
      `${big}: $: [file-size] file is ${1024 * 1024 + 10} bytes; scenarios are limited to 1 MB`,
      `${join(dir, 'missing.json')}: $: [file] cannot read file`,
    ]);
  });

  it('names the missing "says" of a remedy the customer turns down', async () => {
    const doc = JSON.parse(readFileSync('scenarios/angry-resident.json', 'utf8')) as { wants: { remedies: { verdict: string; says?: unknown }[] } };
    doc.wants.remedies[0]!.verdict = 'reject';
    delete doc.wants.remedies[0]!.says;
    const file = join(mkdtempSync(join(tmpdir(), 'defuse-')), 'no-says.json');
    writeFileSync(file, JSON.stringify(doc));
    const { io: cli, out } = io();
    expect(await command.run([file], cli)).toBe(1);
    expect(out.join('')).toMatch(new RegExp(`^${file}: \\$\\.wants\\.remedies\\[0\\]\\.says: \\[remedy-says\\] remedy "plumber" is reject`));
  });

  it('checks every file it is given, naming each, even after a file that once stopped it (deep nesting, bad pattern, bad bytes)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'defuse-'));
    const deep = join(dir, 'deep.json');
    writeFileSync(deep, `${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    const doc = JSON.parse(readFileSync('scenarios/angry-resident.json', 'utf8'));
    doc.lexicon.entries[0].pattern = '[abc';
    const pattern = join(dir, 'pattern.json');
    writeFileSync(pattern, JSON.stringify(doc));
    const bytes = join(dir, 'latin1.json');
    writeFileSync(bytes, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    const bom = join(dir, 'bom.json');
    writeFileSync(bom, `\uFEFF${readFileSync('scenarios/angry-resident.json', 'utf8')}`);
    const { io: cli, out } = io();
    const code = await command.run([deep, pattern, bytes, bom, 'scenarios/angry-resident.json'], cli);
    expect(code).toBe(1);
    expect(out.join('').split('\n')).toEqual([
      `${deep}: $: [json] nested more than 64 levels deep (line 1)`,
      `${pattern}: $.lexicon.entries[0].pattern: [pattern] scenario/propose_solution/zh/01: invalid pattern "[abc": Unterminated character class`,
      `${bytes}: $: [encoding] not valid UTF-8 (at byte 3); save the file as UTF-8`,
      `ok ${bom}`,
      'ok scenarios/angry-resident.json',
      '',
    ]);
  });
});
