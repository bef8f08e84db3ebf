import { describe, expect, it } from 'vitest';
import { createClassifier } from '../classify.ts';
import { extension } from '../test-support/extension.ts';
import { usableEntries, usableLexicon } from './usable-entries.ts';

describe('an organisation’s added phrases (scenario lexicon entries) under the lexicon’s safety rule', () => {
  const lexicon = extension('take_ownership', 'en', 'take personal charge', '(a+)+b', '(\\w+\\s?)+$$', 'a)(b', `x{1,3}${'y'.repeat(4_100)}`, `${'('.repeat(20)}a${')'.repeat(20)}`);

  it('refuses catastrophic, invalid, oversized and over-nested patterns, each named by entry id and position', () => {
    const { usable, refused } = usableEntries(lexicon.entries!);
    expect(usable.map((e) => e.pattern)).toEqual(['take personal charge']);
    expect(refused.map((r) => [r.index, r.id])).toEqual([
      [1, 'test/take_ownership/en/2'],
      [2, 'test/take_ownership/en/3'],
      [3, 'test/take_ownership/en/4'],
      [4, 'test/take_ownership/en/5'],
      [5, 'test/take_ownership/en/6'],
    ]);
    expect(refused[0]?.problem).toMatch(/^pattern "\(a\+\)\+b" /);
    expect(refused[2]?.problem).toMatch(/invalid pattern "a\)\(b"/);
    expect(refused[3]?.problem).toMatch(/characters long; at most 4000/);
    expect(refused[4]?.problem).toMatch(/nests groups 20 deep; at most 12/);
  });

  it('leaves the refused entries out of what reads replies, so the safe ones still work and nothing throws', () => {
    // The classifier refuses to compile an unsafe scenario pattern at all (it throws, naming the entry).
    expect(() => createClassifier(lexicon)('x')).toThrow(/test\/take_ownership\/en\/2/);
    const classify = createClassifier(usableLexicon(lexicon));
    expect(classify("I'll take personal charge of the repair").acts).toContain('take_ownership');
    // The reply that froze a tab with `(a+)+b` is read at once, as nothing in particular.
    expect(classify(`b ${'a'.repeat(40)}!`).acts).not.toContain('take_ownership');
  });

  it('hands back the same lexicon when every entry is safe', () => {
    const safe = extension('greet', 'zh', '你好');
    expect(usableLexicon(safe)).toBe(safe);
    expect(usableLexicon(undefined)).toBeUndefined();
  });
});
