// Cases in zh-Hant, zh-Hans and en for the rule in propose-solution.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('propose_solution', () => {
  it("finds it in 我今天下午就派師傅上門。", () => expectFound('propose_solution', "我今天下午就派師傅上門。", "派"));
  it("finds it in 我现在就安排师傅过去,给您免费更换配件。", () => expectFound('propose_solution', "我现在就安排师傅过去,给您免费更换配件。", "安排"));
  it("finds it in I'll send a plumber up this afternoon.", () => expectFound('propose_solution', "I'll send a plumber up this afternoon.", "send"));
  it("does not fire on 我們不能幫您換。", () => expectNotFound('propose_solution', "我們不能幫您換。"));
  it("does not fire on We can't replace it.", () => expectNotFound('propose_solution', "We can't replace it."));
  it('finds it in 我今日可以先開一張臨時卡俾你。', () => expectFound('propose_solution', '我今日可以先開一張臨時卡俾你。'));
  it("finds it in I'll contact the owner of 12B today and have the plumber check both flats.", () => expectFound('propose_solution', "I'll contact the owner of 12B today and have the plumber check both flats."));
  it("does not fire on Hmm, I'm not really sure. We'll get back to you another day.", () => expectNotFound('propose_solution', "Hmm, I'm not really sure. We'll get back to you another day."));
  it('does not fire on 公司的规定就是这样的,换货只能在工作日办', () => expectNotFound('propose_solution', '公司的规定就是这样的,换货只能在工作日办'));
});
