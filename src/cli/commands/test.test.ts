import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { command } from './test.ts';

function io() {
  const out: string[] = [];
  return { io: { stdin: Readable.from([]), stdout: (s: string) => void out.push(s), stderr: () => undefined }, out };
}

describe('defuse test', () => {
  it('passes a shipped scenario’s tests and exits 0', async () => {
    const { io: cli, out } = io();
    const count = (JSON.parse(readFileSync('scenarios/tests/angry-resident.tests.json', 'utf8')) as { tests: unknown[] }).tests.length;
    const code = await command.run(['scenarios/tests/angry-resident.tests.json'], cli);
    expect(out.join('')).toMatch(new RegExp(`\\b${count} passed, 0 failed\\n$`));
    expect(code).toBe(0);
  });

  it('reports a broken expectation and an unusable file, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'defuse-test-'));
    const plan = JSON.parse(readFileSync('scenarios/tests/angry-resident.tests.json', 'utf8'));
    plan.tests[0].expect.outcome = 'walked_out';
    const broken = join(dir, 'broken.tests.json');
    writeFileSync(broken, JSON.stringify(plan));
    const junk = join(dir, 'junk.tests.json');
    writeFileSync(junk, '<script>alert(1)</script>');
    const { io: cli, out } = io();
    const code = await command.run([broken, junk], cli);
    const text = out.join('');
    expect(code).toBe(1);
    expect(text).toContain(`FAIL ${broken}: good (zh-Hant): expected outcome walked_out, got resolved`);
    expect(text).toContain(`FAIL ${junk}: $: [json] not valid JSON`);
  });
});
