// lex33 (issue 12; blind34, blind35): 激動 typed 幾動 after "don't", 規定 typed 歸定, calm down typed "clam down" or spelled
// out letter by letter, know typed "no" after "do not" — each beside its correct spelling: the slip reads and is flagged
// as the word meant.
import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';
import { flags, itReadsSlipsAsMeant } from '../test-support/slips.ts';

const pairs: [slip: string, meant: string][] = [
  ['你唔好咁幾動，聽我講先', '你唔好咁激動，聽我講先'],
  ['先生您别几动，我们在查', '先生您别激动，我们在查'],
  ['按照公司歸定，過咗七日唔退得', '按照公司規定，過咗七日唔退得'],
  ['please clam down, sir', 'please calm down, sir'],
  ['C-a-l-m d-o-w-n please', 'calm down please'],
  ['c a l m  d o w n, madam', 'calm down, madam'],
  ["I dont no, sorry", "I don't know, sorry"],
];

describe('lex33 slips read as the word meant', () => {
  itReadsSlipsAsMeant(pairs);

  it('flags the listed phrases typed with the slips', () => {
    expect(flags('公司的歸定就是這樣的')).toContain('ten-forbidden/08');
    expect(flags('you need to clam down')).toContain('angry-customer/08');
  });

  it('leaves the real words alone', () => {
    expect(normalize('你幾點動身？').text).toContain('几点动身');
    expect(normalize('我幾動都冇問題').text).toContain('几动');
    expect(normalize('we had clam chowder').text).toContain('clam chowder');
    expect(normalize('I do not, no.').text).toContain('do not, no');
    expect(normalize('we cannot do that').text).toContain('do that');
  });
});
