import { describe, expect, it } from 'vitest';
import type { ForbiddenHit } from '../../reply/reply.types.ts';
import { analysisOf } from '../../scenario/test-support/keyword-classifier.ts';
import { inputFor } from '../test-support/score-plays.ts';
import { FORBIDDEN_PHRASE_POINTS, rule } from './forbidden-phrase.ts';

const hit: ForbiddenHit = { list: 'ten-forbidden', id: 'ten-forbidden/08', phrase: '公司的規定就是這樣的', matched: '公司的规定就是这样的', start: 0, end: 10, implies: 'cite_policy', better: '我幫您想想辦法', source: '002_ec423cfec83186e4.txt' };

describe('forbidden-phrase', () => {
  it('costs points per hit, with the matched words and the better phrasing', () => {
    const [item] = rule.evaluate(inputFor([{ text: '公司的规定就是这样的', analysis: { ...analysisOf('cite_policy'), forbidden: [hit] } }]));
    expect(item).toMatchObject({ rule: 'forbidden-phrase', dimension: 'language', turn: 1, points: FORBIDDEN_PHRASE_POINTS, span: { text: '公司的规定就是这样的' } });
    expect(item?.suggestion).toEqual({ key: 'scorecards.suggestions.useInstead', params: { better: '我幫您想想辦法' } });
  });
  it('gives nothing for clean replies', () => {
    expect(rule.evaluate(inputFor([['apologize']]))).toEqual([]);
  });
  it('says a variant is one: the trainee\'s words, the listed phrase and its list (你冷静一点 for 你平静一点)', () => {
    const variant: ForbiddenHit = { ...hit, list: 'angry-customer', id: 'angry-customer/01', phrase: '你平静一点', matched: '你冷静一点', start: 0, end: 5 };
    const [item] = rule.evaluate(inputFor([{ text: '你冷静一点', analysis: { ...analysisOf('dismiss_emotion'), forbidden: [variant] } }]));
    expect(item?.message).toEqual({ key: 'scorecards.rules.forbiddenPhraseVariant', params: expect.objectContaining({ matched: '你冷静一点', phrase: '你平静一点', list: 'angry-customer' }) });
    // The listed words themselves, in the other script or with punctuation, are the phrase, not a variant of it.
    const [same] = rule.evaluate(inputFor([{ text: '公司的规定就是这样的！', analysis: { ...analysisOf('cite_policy'), forbidden: [hit] } }]));
    expect(same?.message.key).toBe('scorecards.rules.forbiddenPhrase');
  });
});
