import { extension } from '../test-support/extension.ts';
import { describe, expect, it } from 'vitest';
import { compileExtension } from './compile-lexicon.ts';

describe('compileExtension', () => {
  // The studio builds a classifier on every edit; the same phrases must not be compiled (and added to
  // the gate index) again each time.
  it('compiles one set of extra phrases once, however often a classifier is rebuilt with them', () => {
    const thanks = extension('thank', 'en', 'cheers for waiting');
    const first = compileExtension(thanks, 'en');
    expect(first.thank?.alternatives).toHaveLength(1);
    expect(compileExtension(structuredClone(thanks), 'en')).toBe(first);
    expect(compileExtension(extension('thank', 'en', 'ta very much'), 'en')).not.toBe(first);
  });

  it('keeps nothing from a set with an invalid pattern, so fixing it compiles afresh', () => {
    expect(() => compileExtension(extension('thank', 'en', '(oops'), 'en')).toThrow(/invalid pattern/);
    expect(() => compileExtension(extension('thank', 'en', '(oops'), 'en')).toThrow(/invalid pattern/);
  });
});
