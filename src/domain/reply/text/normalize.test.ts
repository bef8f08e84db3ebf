import { describe, expect, it } from 'vitest';
import { normalize, toOriginal } from './normalize.ts';

describe('normalize', () => {
  it('folds Traditional to Simplified and 您 to 你, keeping one folded char per original char', () => {
    const f = normalize('您說的規定');
    expect(f.text).toBe('你说的规定');
    expect(f.traditional).toBe(true);
  });

  it('folds full-width punctuation and letters, and drops spaces between Chinese characters', () => {
    expect(normalize('公司的 規定，就是這樣！ＡＢＣ').text).toBe('公司的规定,就是这样!abc');
  });

  it('expands English contractions, curly apostrophes included', () => {
    expect(normalize('I DON’T know, we can’t and it\'s fine').text).toBe('i do not know, we can not and it is fine');
  });

  it('maps folded spans back to the exact original words', () => {
    const original = 'Sorry — I don’t know.';
    const f = normalize(original);
    const at = f.text.indexOf('do not');
    const span = toOriginal(f, at, at + 'do not'.length);
    expect(original.slice(span.start, span.end)).toBe('don’t');
  });

  it('keeps spans right across surrogate pairs and collapsed spaces', () => {
    const original = '😀  您好，  規定';
    const f = normalize(original);
    const at = f.text.indexOf('规定');
    const span = toOriginal(f, at, at + 2);
    expect(original.slice(span.start, span.end)).toBe('規定');
  });
});
