// lex30 (issue 12): the slips folded in lex30, each beside its correct spelling. A slip reads exactly as the word meant,
// so folding neither hides a listed phrase nor makes one: the slip and its correct twin get the same forbidden flags.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';
import { normalize } from './normalize.ts';
import { flags, itReadsSlipsAsMeant } from '../test-support/slips.ts';

const pairs: [slip: string, meant: string][] = [
  ['這是公司的規定,就是這漾的', '這是公司的規定,就是這樣的'],
  ['那漾我幫您再查一次', '那樣我幫您再查一次'],
  ['按照规订,拆了包装就换不了', '按照规定,拆了包装就换不了'],
  ['真係莫办法,師傅今日排滿', '真係沒辦法,師傅今日排滿'],
  ['人为损坏不在保休范围', '人为损坏不在保修范围'],
  ['可能是操做的时候按错了键', '可能是操作的时候按错了键'],
  ['不好意西,让您等了这么久', '不好意思,让您等了这么久'],
  ['这个型号补能换颜色', '这个型号不能换颜色'],
];

describe('lex30 slips read as the word meant', () => {
  itReadsSlipsAsMeant(pairs);

  it('flags the listed phrase typed with the homophone', () => {
    expect(flags('公司的規定就是這漾的')).not.toEqual([]);
    expect(flags('公司的規定就是這漾的')).toEqual(flags('公司的規定就是這樣的'));
  });

  it('keeps the real words the slips look like', () => {
    expect(normalize('湖面波光荡漾').text).toContain('荡漾');
    expect(normalize('高速公路旁边有个补能站').text).toContain('补能站');
  });

  it('reads the move the slip hid', () => {
    expect(classifyReply('这个是公司的规订,我们也莫办法').acts).toContain('cite_policy');
    expect(classifyReply('呢部機係你自己跌壞,不在保休範圍').acts).toContain('refuse');
  });
});
