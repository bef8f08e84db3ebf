import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { checkPackText } from '../../domain/org/pack.schema.ts';
import { main } from '../main.ts';

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdin: Readable.from([]), stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) };
  return main(['pack', ...args], io).then((code) => ({ code, out: out.join(''), err: err.join('') }));
}

const shipped = (id: string) => JSON.parse(readFileSync(new URL(`../../../scenarios/${id}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;

/** A folder with two studio exports (shipped scenarios under ids of their own). */
function exportsDir() {
  const dir = mkdtempSync(join(tmpdir(), 'defuse-pack-'));
  const write = (name: string, doc: unknown) => {
    writeFileSync(join(dir, name), JSON.stringify(doc, null, 2));
    return join(dir, name);
  };
  return { dir, write, a: write('acme-resident.json', { ...shipped('angry-resident'), id: 'acme-resident' }), b: write('acme-promise.json', { ...shipped('broken-promise'), id: 'acme-promise' }) };
}

describe('defuse pack', () => {
  it('builds a pack the app accepts, with each scenario and its version, from studio exports', async () => {
    const { dir, a, b } = exportsDir();
    const out = join(dir, 'acme-drills.json');
    const result = await run([out, a, b, '--name', 'Acme drills']);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/^Pack acme-drills written to .*acme-drills\.json: acme-resident \(\d+-[0-9a-f]{8}\), acme-promise/);
    const checked = await checkPackText(readFileSync(out, 'utf8'));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.pack).toMatchObject({ format: 'defuse-pack', version: 1, id: 'acme-drills', name: 'Acme drills' });
    expect(checked.pack.scenarios.map((s) => s.id)).toEqual(['acme-resident', 'acme-promise']);
    // An earlier pack is an input too: its scenarios join the new one.
    const c = join(dir, 'more.json');
    expect((await run([c, out, '--id', 'more'])).code).toBe(0);
    expect(JSON.parse(readFileSync(c, 'utf8')).scenarios.map((s: { id: string }) => s.id)).toEqual(['acme-resident', 'acme-promise']);
  }, 60_000);

  it('refuses a bad scenario, an unsafe pattern, a test plan, a duplicate id and a tampered pack, naming file and field, and writes nothing', async () => {
    const { dir, write, a } = exportsDir();
    const bad = write('bad.json', { ...shipped('angry-resident'), id: 'bad-one', passMark: 400 });
    const lexicon = shipped('angry-resident').lexicon as { entries: Record<string, unknown>[] };
    const unsafe = write('unsafe.json', { ...shipped('angry-resident'), id: 'unsafe', lexicon: { ...lexicon, entries: [{ ...lexicon.entries[0], pattern: '(a+)+$' }] } });
    const plan = write('plan.tests.json', { testPlanVersion: 1, scenario: 'acme-resident', tests: [] });
    const twin = write('twin.json', { ...shipped('broken-promise'), id: 'acme-resident' });
    const out = join(dir, 'out.json');
    const { code, out: lines, err } = await run([out, a, bad, unsafe, plan, twin]);
    expect(code).toBe(1);
    expect(lines).toMatch(new RegExp(`${bad}: \\$\\.passMark: \\[(schema|range)\\]`));
    expect(lines).toContain(`${unsafe}: $.lexicon.entries[0].pattern: [pattern]`);
    expect(lines).toContain(`${plan}: $: [file] a test plan, not a scenario`);
    expect(lines).toContain(`${twin}: $.id: [duplicate-id] scenario "acme-resident" is also in ${a}`);
    expect(err).toContain('nothing written');
    expect(existsSync(out)).toBe(false);

    // A pack edited after it was built fails its hash.
    const good = join(dir, 'good.json');
    await run([good, a]);
    writeFileSync(good, readFileSync(good, 'utf8').replace('"passMark": ', '"passMark": 1'));
    const tampered = await run([join(dir, 'again.json'), good]);
    expect(tampered.code).toBe(1);
    expect(tampered.out).toContain(`${good}: hash: does not match the scenarios`);
  }, 60_000);

  it('explains itself and refuses a wrong command line', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: defuse pack <out.json>');
    expect(help.out).toContain('npx defuse config add-pack');
    expect((await run(['only-out.json'])).code).toBe(2);
    expect((await run(['out.txt', 'a.json'])).err).toContain('must end in .json');
    expect((await run(['x.json', 'a.json', '--id', 'Bad Id'])).out).toContain('id: must be lower-case');
    expect((await run(['x.json', join(tmpdir(), 'no-such-file.json')])).out).toContain('[file] cannot read file');
  });
});
