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

  it('expands contractions typed without the apostrophe, but leaves real words alone', () => {
    expect(normalize('im sorry, dont worry, ill sort it and we cant wait').text).toBe('i am sorry, do not worry, i will sort it and we can not wait');
    expect(normalize('she was ill last week, well, its fine').text).toBe('she was ill last week, well, its fine');
  });

  it('keeps the space before full-width Latin letters (they fold to ASCII words)', () => {
    expect(normalize('on the ＰＨＯＮＥ').text).toBe('on the phone');
  });

  it('treats a spaced dash as a clause break, not a hyphen inside a word', () => {
    expect(normalize('Got it - what next? A well-known fix').text).toBe('got it , what next? a well-known fix');
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

  it('folds a run of 300,000 spaces to one, measuring the run once (each space used to rescan the rest: minutes)', () => {
    const f = normalize(`sorry${' '.repeat(300_000)}again`);
    expect(f.text).toBe('sorry again');
    const span = toOriginal(f, 6, 11);
    expect(span).toEqual({ start: 300_005, end: 300_010 });
  });
});
