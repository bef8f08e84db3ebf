import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, decodeUtf8, readJson } from './read-json.ts';

describe('readJson', () => {
  it('refuses a key given twice in one object, naming the path and line (JSON.parse kept the last silently)', () => {
    expect(readJson('{"states": {\n "a": 1,\n "a": 2}}')).toEqual({
      ok: false,
      path: '$.states.a',
      message: 'the key "a" appears twice in the same object (line 3); keep one',
    });
    expect(readJson('[{"a": 1}, {"a": 2}]')).toEqual({ ok: true, value: [{ a: 1 }, { a: 2 }] });
  });

  it('refuses the key "__proto__" anywhere (objects built from it dropped the entry silently)', () => {
    expect(readJson('{"modelAnswers": {"__proto__": []}}')).toEqual({ ok: false, path: '$.modelAnswers.__proto__', message: 'the key "__proto__" is not allowed (line 1)' });
  });

  it('ignores one leading byte-order mark, as every entry point does', () => {
    expect(readJson('\uFEFF{"id": "x"}')).toEqual({ ok: true, value: { id: 'x' } });
  });

  it('refuses nesting deeper than the limit before parsing, so 10,000 levels cannot exhaust the stack', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect(readJson(deep)).toEqual({ ok: false, path: '$', message: `nested more than ${MAX_JSON_DEPTH} levels deep (line 1)` });
    expect(readJson('{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}').ok).toBe(true);
  });

  it('says what is wrong with text that is not JSON', () => {
    expect(readJson('{"id": ')).toMatchObject({ ok: false, path: '$', message: expect.stringMatching(/^not valid JSON: /) });
  });
});

describe('decodeUtf8', () => {
  it('refuses invalid UTF-8 with the byte where it breaks instead of turning it into U+FFFD', () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]);
    expect(decodeUtf8(bytes)).toEqual({ ok: false, message: 'not valid UTF-8 (at byte 3); save the file as UTF-8' });
    expect(decodeUtf8(new TextEncoder().encode('{"t":"對不起"}'))).toEqual({ ok: true, text: '{"t":"對不起"}' });
  });
});
