import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scenario/prng.ts';
import { eachOpened, registerAlternative, stampKeys } from './gate-index.ts';
import { gateOf } from './gate.ts';

const openedIn = (from: number, to: number): number[] => {
  const ids: number[] = [];
  eachOpened(from, to, (id) => ids.push(id));
  return ids;
};
import type { Language } from './lexicon.types.ts';

const opens = (source: string, language: Language, text: string): boolean => {
  const id = registerAlternative(gateOf(source, language));
  stampKeys(text, [language]);
  return openedIn(id, id + 1).length === 1;
};

describe('gateOf', () => {
  it('asks for the rarer words of a Chinese pattern, not its common characters', () => {
    const keys = gateOf('我(会|将)?负责跟进', 'zh')?.flat() ?? [];
    expect(keys.length).toBeGreaterThan(0);
    expect(keys).not.toContain('我');
    expect(keys.every((k) => '负责跟进'.includes(k))).toBe(true);
  });

  it('needs one key of each alternative of a group', () => {
    const [keys = []] = gateOf('(?:道歉|抱歉)', 'zh') ?? [];
    expect(keys.some((k) => '道歉'.includes(k))).toBe(true);
    expect(keys.some((k) => '抱歉'.includes(k))).toBe(true);
  });

  it('asks for several unrelated words where a pattern has them, all to hold', () => {
    const gate = gateOf('(?:安排|派)[^,]{0,4}?(?:师傅|技工)上门', 'zh') ?? [];
    expect(gate.length).toBeGreaterThanOrEqual(2);
    expect(opens('(?:安排|派)[^,]{0,4}?(?:师傅|技工)上门', 'zh', '我安排一下')).toBe(false);
  });

  it('has no requirement where a match may avoid every literal', () => {
    expect(gateOf('(?:sorry)?', 'en')).toBeNull();
    expect(gateOf('[abc]+', 'en')).toBeNull();
    expect(gateOf('x|[^,]{0,3}', 'en')).toBeNull();
    expect(gateOf('a{0,2}', 'en')).toBeNull();
  });

  it('ignores what lookarounds look at, and knows (?!) never matches', () => {
    expect(gateOf('(?<=謝謝)你', 'zh')).toEqual([['你']]);
    expect(gateOf('(?!)', 'zh')).toEqual([[]]);
  });

  it('leaves a source it cannot parse ungated', () => {
    expect(gateOf('(?<name', 'en')).toBeNull();
  });
});

describe('the gate check', () => {
  it('opens an alternative only for replies holding one of its keys', () => {
    expect(opens('负责跟进', 'zh', '这件事由我负责跟进')).toBe(true);
    expect(opens('负责跟进', 'zh', '这件事我会处理')).toBe(false);
    expect(opens('(?<![a-z])apologi[sz]e', 'en', 'i do apologise')).toBe(true);
    expect(opens('(?<![a-z])apologi[sz]e', 'en', 'so sorry')).toBe(false);
  });

  it('is reset by the next reply', () => {
    const id = registerAlternative(gateOf('退款', 'zh'));
    stampKeys('我帮你退款', ['zh']);
    expect(openedIn(id, id + 1)).toHaveLength(1);
    stampKeys('我帮你换货', ['zh']);
    expect(openedIn(id, id + 1)).toHaveLength(0);
  });

  // The one property that matters: a gate never closes on a reply its regex matches.
  it('never closes on a match, for random replies against tricky patterns', () => {
    const patterns: [string, Language][] = [
      ['(?:我|我们)(?:会|可以)?[^,.]{0,4}?(?:退款|换货)', 'zh'],
      ['(?<=(?:^|[,.])\\s*)(?:对|是的)(?:,|$)', 'zh'],
      ['(?:i|we) (?:can|will)(?: not)? (?:help|fix) (?:it|that)', 'en'],
      ['(?:so|ok),? (?:you|they)[^,.]{0,20}?(?:\\?|right)', 'en'],
      ['a(?:bc|bd)+e?f{1,2}', 'zh'], // parser shapes, read character by character
    ];
    const rnd = mulberry32(7);
    for (const [source, language] of patterns) {
      // Pieces: the pattern's words (English) or characters (Chinese), and punctuation.
      const literal = source.replace(/\\s|[\\()[\]{}?*+|^$:<=!,.]/g, ' ');
      const words = language === 'en' ? literal.split(' ').filter(Boolean).map((w) => `${w} `) : [...literal.replace(/ /g, '')];
      const alphabet = [...new Set(words)].concat([',', ' ', '.', '?', 'x']);
      const re = new RegExp(source);
      let matched = 0;
      for (let n = 0; n < 4000; n++) {
        const length = 2 + Math.floor(rnd() * 14);
        const text = Array.from({ length }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
        // Plant a real match now and then so both outcomes are exercised.
        if (re.test(text)) {
          matched++;
          expect(opens(source, language, text), `${source} on ${JSON.stringify(text)}`).toBe(true);
        }
      }
      expect(matched, source).toBeGreaterThan(0);
    }
  });
});
