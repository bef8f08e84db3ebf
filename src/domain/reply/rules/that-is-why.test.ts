// scen15t (probe p15t-05): "that is why" (这就是为什么, 呢個就係點解) points back to a reason just given — its 为什么…不 is no
// rhetorical reproach (context/questions.ts); the same words asked of her still are. Cases in zh-Hans, zh-Hant and en.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('that is why: a reason pointed back to, not a rhetorical question', () => {
  it('does not read 这就是为什么平台上不能放东西 as blame', () =>
    expectNotFound('blame_customer', '万一有火灾，最先要从那里走的就是您和孩子，这就是为什么平台上不能放东西。'));
  it('does not read 呢個就係點解後樓梯唔可以擺嘢 as blame', () =>
    expectNotFound('blame_customer', '萬一有火警，第一個要由嗰度走嘅就係你同個仔，呢個就係點解後樓梯唔可以擺嘢。'));
  it("does not read That's why it can't stay there as blame", () => expectNotFound('blame_customer', "That's why the pram can't stay on the landing."));
  it('still reads 你为什么不早点说？ as blame', () => expectFound('blame_customer', '你为什么不早点说？'));
  it('still reads 你點解唔早啲講？ as blame', () => expectFound('blame_customer', '你點解唔早啲講？'));
  it("still reads Why didn't you read the notice? as blame", () => expectFound('blame_customer', "Why didn't you read the notice?"));
});
