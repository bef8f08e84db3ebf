// lex35 (issue 12; blind38 b38-173): 激動 typed 及動 / 即動 / 極動 / 擊動 after "don't"/"so" — the slip reads and is flagged
// as the word meant; 以及動物, 即動身 and 好極動人 are left alone. 俾 typed 比 after a verb of calling or giving back
// (打返比你, b38-163) reads as 俾; 比 (than) elsewhere is left alone.
import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';
import { flags, itReadsSlipsAsMeant } from '../test-support/slips.ts';

const pairs: [slip: string, meant: string][] = [
  ['你唔好咁即動，慢慢講', '你唔好咁激動，慢慢講'],
  ['先生你别及动，我们马上处理', '先生你别激动，我们马上处理'],
  ['Sir, 不要極動, let me check', 'Sir, 不要激動, let me check'],
  ['我今晚七點前覆返比你', '我今晚七點前覆返俾你'],
  ['單據我寄比你，聽日到', '單據我寄俾你，聽日到'],
];

describe('lex35 slips read as the word meant', () => {
  itReadsSlipsAsMeant(pairs);

  it('flags the listed phrase typed with the slip', () => {
    expect(flags('您别及动')).toContain('angry-customer/06');
  });

  it('leaves the real words alone', () => {
    expect(normalize('以及動物醫院的收據').text).toContain('及动物');
    expect(normalize('我哋即動身過嚟').text).toContain('即动身');
    expect(normalize('呢首歌好極動人').text).toContain('极动人');
    expect(normalize('我比你更急').text).toContain('我比你');
    expect(normalize('佢退休比你早').text).toContain('休比你');
  });
});
