import { describe, expect, it } from 'vitest';
import { locatePath, locateSyntaxError, parseJsonPath } from './json-positions.ts';

describe('json positions', () => {
  it('parses validator paths', () => {
    expect(parseJsonPath('$.reactions[2].goto')).toEqual(['reactions', 2, 'goto']);
    expect(parseJsonPath('$.states["a b"].lines')).toEqual(['states', 'a b', 'lines']);
    expect(parseJsonPath('$')).toEqual([]);
  });

  it('locates a value, a container by its key, and falls back to the deepest parent', () => {
    const text = '{\n  "a": {"b": [1, "x"]},\n  "c": 3\n}';
    const x = locatePath(text, '$.a.b[1]');
    expect(text.slice(x.from, x.to)).toBe('"x"');
    const a = locatePath(text, '$.a');
    expect(text.slice(a.from, a.to)).toBe('"a"');
    const missing = locatePath(text, '$.a.zzz');
    expect(text.slice(missing.from, missing.to)).toBe('"a"');
    expect(locatePath('not json', '$.a')).toEqual({ from: 0, to: 1 });
  });

  it('reads positions from JSON.parse messages', () => {
    expect(locateSyntaxError('{"a" 1}', 'Unexpected number in JSON at position 5')).toBe(5);
    expect(locateSyntaxError('{\n"a" 1}', 'Expected colon (line 2 column 5)')).toBe(6);
  });
});
