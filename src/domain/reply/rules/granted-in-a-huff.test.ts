// lex32 (issue 12, blind33, both labellers): a remedy granted in a word in a sulky sentence (退錢俾你，滿意未?, "There, refund
// done. Happy now?") is still granted — the refund happens — while a mock promise in one (我負責到底，滿意了吧?) is not.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';

describe('lex32: a remedy granted in a huff', () => {
  it.each(['得啦得啦，退錢俾你，滿意未？', "Fine. There, refund done. Happy now?"])('%s proposes the remedy', (text) => {
    expect(classifyReply(text).acts).toContain('propose_solution');
  });
  it.each(['是是是，我負責到底，滿意了吧？', "Sure, I'll personally fly to the factory, happy now?"])('%s promises nothing', (text) => {
    expect(classifyReply(text).acts).not.toContain('propose_solution');
    expect(classifyReply(text).acts).not.toContain('take_ownership');
  });
});
