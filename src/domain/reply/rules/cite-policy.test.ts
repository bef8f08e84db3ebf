// Cases in zh-Hant, zh-Hans and en for the rule in cite-policy.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('cite_policy', () => {
  it("finds it in 公司的規定就是這樣的。", () => expectFound('cite_policy', "公司的規定就是這樣的。", "規定就是這樣"));
  it("finds it in 按照规定,没有收据不能退。", () => expectFound('cite_policy', "按照规定,没有收据不能退。", "按照规定"));
  it("finds it in That's company policy, I'm afraid.", () => expectFound('cite_policy', "That's company policy, I'm afraid.", "company policy"));
  it("does not fire on 我會按照程序盡快幫您處理。", () => expectNotFound('cite_policy', "我會按照程序盡快幫您處理。"));
  it("does not fire on I'll follow up through our usual process today.", () => expectNotFound('cite_policy', "I'll follow up through our usual process today."));
  it('does not fire when the trainee offers a way round the rule: 雖然規定係要單據，但我幫你睇下有冇其他方法證明', () => expectNotFound('cite_policy', '雖然規定係要單據，但我幫你睇下有冇其他方法證明'));
  it('does not fire on a rule explained by her own safety: 后楼梯是逃生通道，消防规定不能放东西。因为真有火警，最先要从那里走的就是您和宝宝。', () =>
    expectNotFound('cite_policy', '后楼梯是逃生通道，消防规定不能放东西。因为真有火警，最先要从那里走的就是您和宝宝。'));
  it('finds any rule named as the reason: 診所規定遲到十五分鐘就要重新排期', () => expectFound('cite_policy', '診所規定遲到十五分鐘就要重新排期', '規定遲到十五分鐘就要'));
  // lex12: a rule whose own clause says no still closes the door when a consolation follows it.
  it('finds a rule that rules out the remedy though a consolation follows: 我们的 policy 是拆封不退 但我可以帮您申请一张 coupon', () =>
    expectFound('cite_policy', '不好意思 我们的 policy 是拆封不退 但我可以帮您申请一张 coupon', '我们的 policy 是'));
  it("finds it in English too: policy says no refunds on opened items but I can give you store credit", () =>
    expectFound('cite_policy', 'policy says no refunds on opened items but I can give you store credit', 'policy says'));
  it('reads terms and conditions typed in English inside Chinese: 根據我哋嘅 T&C 特價貨品唔設退換', () => expectFound('cite_policy', '根據我哋嘅 T&C 特價貨品唔設退換'));
  it('finds "as per our T&Cs"', () => expectFound('cite_policy', 'as per our T&Cs, sale items are final', 'as per our T&Cs'));
  // lex15: a rule that obliges the company to something for the customer hides behind nothing.
  it('does not fire on a rule on the customer\'s side: 按照我们的规定,超时送达是要给您补偿的', () => expectNotFound('cite_policy', '按照我们的规定,超时送达是要给您补偿的,我现在就给您退二十元'));
  it("does not fire on \"policy says you're entitled to a full refund\"", () => expectNotFound('cite_policy', "Our policy says you're entitled to a full refund."));
  it('still fires when the benefit waits on the customer: 按规定我们需要您先提供收据才可以退', () => expectFound('cite_policy', '按规定我们需要您先提供收据才可以退'));
  // A rule on the customer's side hides behind nothing (blind t11-01); one that makes her wait on a receipt still does.
  it("does not fire on In that situation our rules are on your side: we refund your coach fare in full.", () =>
    expectNotFound('cite_policy', "In that situation our rules are on your side: we refund your coach fare in full."));
  it("finds it in Our policy is on your side, but you need to bring the receipt first.", () =>
    expectFound('cite_policy', 'Our policy is on your side, but you need to bring the receipt first.', 'policy'));
});
