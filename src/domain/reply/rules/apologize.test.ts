// Cases in zh-Hant, zh-Hans and en for the rule in apologize.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('apologize', () => {
  it("finds it in 真的很抱歉,讓您久等了。", () => expectFound('apologize', "真的很抱歉,讓您久等了。", "抱歉"));
  it("finds it in 给您添麻烦了,非常不好意思。", () => expectFound('apologize', "给您添麻烦了,非常不好意思。", "不好意思"));
  it("finds it in I'm so sorry about this.", () => expectFound('apologize', "I'm so sorry about this.", "sorry"));
  it("does not fire on 我不會道歉的。", () => expectNotFound('apologize', "我不會道歉的。"));
  it("does not fire on 没什么好道歉的。", () => expectNotFound('apologize', "没什么好道歉的。"));
  it("does not fire on I won't apologise for following procedure.", () => expectNotFound('apologize', "I won't apologise for following procedure."));
  it('does not fire on a colleague\'s sorry in quotes: 店員跟您說「不好意思」了嗎?', () => expectNotFound('apologize', '上次那個店員跟您說「不好意思」了嗎?'));
  it('finds the trainee\'s own quoted sorry: 我替她跟您說聲「不好意思」', () => expectFound('apologize', '我替她跟您說聲「不好意思」'));
  it('finds it in 跟您道個歉 / 歹勢', () => { expectFound('apologize', '跟您道個歉,讓您跑了好幾趟'); expectFound('apologize', '歹勢歹勢,讓您等這麼久'); });
  // scen15s: the fault denied (不是我搞錯) is not owned; owned (係我哋搞錯咗) it is.
  it('does not fire on 不是我搞錯，是告示貼得唔好。', () => expectNotFound('apologize', '不是我搞錯，是告示貼得唔好。'));
  it('does not fire on 不是我搞错，是告示贴得不好。', () => expectNotFound('apologize', '不是我搞错，是告示贴得不好。'));
  it("does not fire on It wasn't my mistake, the notice was put up badly.", () => expectNotFound('apologize', "It wasn't my mistake, the notice was put up badly."));
  it('still finds 係我哋搞錯咗，真係對唔住。', () => expectFound('apologize', '係我哋搞錯咗，真係對唔住。', '搞錯'));
});
