import { describe, expect, it } from 'vitest';
import { MAX_LEXICON_ENTRIES } from '../limits.ts';
import { createClassifier } from '../reply/classify.ts';
import { extension } from '../reply/test-support/extension.ts';
import { normalize } from '../reply/text/normalize.ts';
import { checkPhrase, nextEntryId, phrasePattern } from './lexicon-phrase.ts';
import { validateScenario } from './validate/validate-scenario.ts';
import { shippedDoc } from './test-support/shipped.ts';

describe('a phrase added from the preview', () => {
  it('makes a reply the reader missed read as the chosen move, checked before it is added', () => {
    const reply = "I'll take personal charge of this";
    expect(createClassifier()(reply).acts).not.toContain('take_ownership');
    const result = checkPhrase(undefined, { move: 'take_ownership', phrase: 'take personal charge', example: reply });
    expect(result.ok).toBe(true);
    expect(result.entry).toMatchObject({ id: 'take_ownership/en/scenario-1', move: 'take_ownership', lang: 'en', examples: [reply] });
    expect(createClassifier({ entries: [result.entry] })(reply).evidence).toContainEqual(expect.objectContaining({ move: 'take_ownership', entry: 'take_ownership/en/scenario-1' }));
  });

  it('refuses a phrase that is not in its example, and one that would catch its counterexample', () => {
    expect(checkPhrase(undefined, { move: 'take_ownership', phrase: 'handle it myself', example: 'I will look into it' })).toMatchObject({ ok: false, problem: 'not-in-example' });
    const caught = checkPhrase(undefined, { move: 'take_ownership', phrase: '跟進', example: '我會跟進', counterexample: '你自己跟進吧' });
    expect(caught.ok).toBe(false);
    expect(caught.counterexamples).toEqual([{ text: '你自己跟進吧', ok: false }]);
    expect(checkPhrase(undefined, { move: 'greet', phrase: '  ', example: 'x' }).problem).toBe('empty');
  });

  it('escapes every pattern character, so a phrase is always a literal (never a slow or broken regex)', () => {
    const pattern = phrasePattern('(a+)+ [x] ~3 ^^ $$ a.b?');
    expect(() => new RegExp(pattern)).not.toThrow();
    expect(new RegExp(pattern).test(normalize('(a+)+ [x] ~3 ^^ $$ a.b?').text)).toBe(true);
    expect(new RegExp(pattern).test('aaaa')).toBe(false);
    // Folded like a reply: Traditional and full-width punctuation become the forms a folded reply has.
    expect(phrasePattern('喂\uff0c你好')).toBe(phrasePattern('喂,你好'));
    expect(phrasePattern('處理')).toBe(phrasePattern('处理'));
  });

  it('numbers new ids after the ones taken', () => {
    expect(nextEntryId('greet', 'zh', ['greet/zh/scenario-1', 'greet/zh/scenario-2'])).toBe('greet/zh/scenario-3');
  });
});

describe('lexicon-examples check', () => {
  it('reports a scenario pattern that does not compile at its entry instead of throwing', () => {
    const doc = shippedDoc('angry-resident') as Record<string, unknown>;
    doc.lexicon = { entries: [{ id: 'apologize/en/x1', move: 'apologize', lang: 'en', pattern: '(unclosed', examples: ['x'] }] };
    const issues = validateScenario(doc);
    expect(issues).toEqual([expect.objectContaining({ check: 'pattern', path: '$.lexicon.entries[0].pattern' })]);
    expect(issues[0]?.message).toMatch(/invalid pattern "\(unclosed"/);
  });

  it('reports an example that does not read as its move and a counterexample that does', () => {
    const doc = shippedDoc('angry-resident') as Record<string, unknown>;
    doc.lexicon = {
      entries: [
        { id: 'take_ownership/en/x1', move: 'take_ownership', lang: 'en', pattern: 'personal charge', examples: ['The weather is nice today'], counterexamples: ['I take personal charge'] },
      ],
    };
    const issues = validateScenario(doc).filter((i) => i.check === 'lexicon-examples');
    expect(issues.map((i) => i.path)).toEqual(['$.lexicon.entries[0].examples[0]', '$.lexicon.entries[0].counterexamples[0]']);
  });
});

describe('a phrase added from the preview, under the lexicon’s limits', () => {
  const reply = "I'll take personal charge of this";

  it('refuses words longer than the phrase limit, before reading anything', () => {
    const long = 'take personal charge '.repeat(10);
    expect(checkPhrase(undefined, { move: 'take_ownership', phrase: long, example: long })).toMatchObject({ ok: false, problem: 'too-long' });
  });

  it('refuses a new entry once the scenario has as many entries as it may have', () => {
    const full = extension('greet', 'en', ...Array.from({ length: MAX_LEXICON_ENTRIES }, (_, i) => `hello number ${i}`));
    expect(checkPhrase(full, { move: 'take_ownership', phrase: 'take personal charge', example: reply })).toMatchObject({ ok: false, problem: 'too-many' });
  });

  it('still checks a phrase when the scenario holds an entry the pattern checks refuse (which used to throw)', () => {
    const withBad = extension('take_ownership', 'en', '(a+)+b');
    const result = checkPhrase(withBad, { move: 'take_ownership', phrase: 'take personal charge', example: reply });
    expect(result).toMatchObject({ ok: true, problem: null, entry: { id: 'take_ownership/en/scenario-1' } });
  });
});
