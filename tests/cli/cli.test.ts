// The CLI as a user runs it: `node bin/defuse.mjs …` in a child process (the same entry `npx defuse` uses).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/defuse.mjs', import.meta.url));
const defuse = (args: string[], input = '') => {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const lines = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('defuse classify', () => {
  it('answers one JSON line per input line, in order, with acts, forbidden hits and evidence', () => {
    const input = [
      JSON.stringify({ id: 'a', text: '你別激動,公司的規定就是這樣的。' }),
      JSON.stringify({ id: 2, text: "I'm so sorry, I can see why you're upset." }),
    ].join('\n');
    const r = defuse(['classify'], input);
    expect(r.code).toBe(0);
    const [a, b] = lines(r.out);
    expect(a).toMatchObject({ id: 'a', locale: 'zh-Hant' });
    expect(a!.acts).toEqual(expect.arrayContaining(['dismiss_emotion', 'cite_policy']));
    expect((a!.forbidden as { matched: string }[]).map((f) => f.matched)).toEqual(['你別激動', '公司的規定就是這樣的']);
    expect(b).toMatchObject({ id: 2, locale: 'en', acts: ['apologize', 'empathize'], forbidden: [] });
  });

  it('puts an error in place of a malformed line, answers the rest, and exits 1', () => {
    const r = defuse(['classify'], ['{"text": "對不起"}', '{not json', '{"text": 42}', '{"text": "Thanks"}'].join('\n'));
    expect(r.code).toBe(1);
    const out = lines(r.out);
    expect(out).toHaveLength(4);
    expect(out[0]!.acts).toEqual(['apologize']);
    expect(out[1]!.error).toMatch(/line 2: not valid JSON/);
    expect(out[2]!.error).toMatch(/line 3: "text" must be a string/);
    expect(out[3]!.acts).toEqual(['thank']);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it('rejects an unknown option with a one-line message and exit 2', () => {
    const r = defuse(['classify', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/unknown option --lang/);
  });
});

describe('defuse', () => {
  it('rejects an unknown command with a one-line message and exit 2', () => {
    const r = defuse(['clasify']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown command 'clasify'/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('prints help for every command', () => {
    expect(defuse(['--help']).out).toMatch(/classify[\s\S]*eval/);
    for (const c of ['classify', 'eval', 'bench']) {
      const r = defuse([c, '--help']);
      expect(r.code, c).toBe(0);
      expect(r.out, c).toMatch(new RegExp(`Usage: defuse ${c}`));
    }
  });
});

describe('defuse eval', () => {
  const dir = mkdtempSync(join(tmpdir(), 'defuse-eval-'));

  it('prints precision/recall per move, the accuracies and the failing items', () => {
    const file = join(dir, 'set.jsonl');
    writeFileSync(file, [
      { id: 'x1', locale: 'zh-Hant', text: '真的很抱歉。', expect: ['apologize'], reject: [], forbidden: false },
      { id: 'x2', locale: 'en', text: 'Calm down.', expect: ['dismiss_emotion'], reject: [], forbidden: true },
      { id: 'x3', locale: 'en', text: 'Hello there.', expect: ['thank'], reject: [], forbidden: false },
    ].map((o) => JSON.stringify(o)).join('\n'));
    const r = defuse(['eval', file]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/apologize\s+100\.0%\s+100\.0%/);
    expect(r.out).toMatch(/forbidden-flag accuracy: 1\.000 \(3\/3 judged\)/);
    expect(r.out).toMatch(/item accuracy: 0\.667 \(2\/3\)/);
    expect(r.out).toMatch(/x3 Hello there\.\n\s+missing thank/);
  });

  it('with --second, scores a second labeller as the reader is and the reader on the items both agree on', () => {
    const file = join(dir, 'agree.jsonl');
    writeFileSync(file, [
      { id: 'y1', locale: 'en', text: "I'm so sorry for the wait.", expect: ['apologize'], reject: [], forbidden: false },
      { id: 'y2', locale: 'en', text: 'Hello there.', expect: ['thank'], reject: [], forbidden: false },
      { id: 'y3', locale: 'en', text: 'Calm down.', expect: ['dismiss_emotion'], reject: [], forbidden: true },
      { id: 'y4', locale: 'en', text: 'Thanks a lot.', expect: ['thank'], reject: [], forbidden: false },
    ].map((o) => JSON.stringify(o)).join('\n'));
    // The second human agrees on y1 and y2 (the reader is right on y1 only), not on y3 (a narrower label);
    // y4 is not labelled, so it is left out and named. On y3 the two differ on the forbidden flag too.
    const second = join(dir, 'agree-second.jsonl');
    writeFileSync(second, [
      { id: 'y1', expect: ['apologize', 'empathize'], reject: [], forbidden: false },
      { id: 'y2', expect: ['greet', 'thank'], reject: [], forbidden: false },
      { id: 'y3', expect: [], reject: ['dismiss_emotion'], forbidden: false, note: 'read as kind' },
    ].map((o) => JSON.stringify(o)).join('\n'));
    const r = defuse(['eval', file, '--second', second]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/second labeller \(.*agree-second\.jsonl\), scored as the reader is: 0\.667 \(2\/3\)/);
    expect(r.out).toMatch(/reader on the items both labellers agree on: 0\.500 \(1\/2\); on the others: 1\.000 \(1\/1\)/);
    expect(r.out).toMatch(/forbidden flags, the two labellers alike: 0\.667 \(2\/3\)/);
    expect(r.out).toMatch(/not labelled by the second labeller \(left out above\): y4/);
    const json = JSON.parse(defuse(['eval', file, '--second', second, '--json']).out) as { secondLabeller: Record<string, unknown> };
    expect(json.secondLabeller).toMatchObject({ items: 3, agreed: 2, readerOnAgreed: 1, readerOnDisputed: 1, unlabelled: ['y4'] });
  });

  it('names the file and line of a bad labelled item and exits 1', () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"text": "ok", "expect": []}\n{"text": "x", "expect": ["hug"]}\n');
    const r = defuse(['eval', file]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.jsonl:2: "expect": unknown move "hug"/);
  });
});
