import { describe, expect, it } from 'vitest';
import { deepFreeze, recentValues } from './recent.ts';

describe('recentValues', () => {
  it('gives back the kept value for a key without making it again, and lets the least recently used go past the size', () => {
    const recall = recentValues<string>(2);
    const made: string[] = [];
    const make = (key: string) => () => (made.push(key), `value of ${key}`);
    expect(recall('a', make('a'))).toBe('value of a');
    recall('b', make('b'));
    expect(recall('a', make('a'))).toBe('value of a'); // kept: a is now the most recent
    recall('c', make('c')); // b, the least recently used, goes
    recall('a', make('a'));
    recall('b', make('b'));
    expect(made).toEqual(['a', 'b', 'c', 'b']);
  });
});

describe('deepFreeze', () => {
  it('freezes nested objects and arrays, so a kept value cannot be changed by whoever it was handed to', () => {
    const value = deepFreeze({ rows: [{ score: 1 }] });
    expect(() => {
      (value.rows[0] as { score: number }).score = 2;
    }).toThrow(TypeError);
    expect(Object.isFrozen(value.rows)).toBe(true);
  });
});
