// Cases in zh-Hant, zh-Hans and en for the rule in refuse.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('refuse', () => {
  it("finds it in 不行,沒有收據就不能退。", () => expectFound('refuse', "不行,沒有收據就不能退。", "不行"));
  it("finds it in 没办法,这个不能退。", () => expectFound('refuse', "没办法,这个不能退。", "不能退"));
  it("finds it in We can't refund that.", () => expectFound('refuse', "We can't refund that.", "refund"));
  it("does not fire on 可不可以給我您的電話?", () => expectNotFound('refuse', "可不可以給我您的電話?"));
  it("does not fire on 不能让您白跑一趟,我马上处理。", () => expectNotFound('refuse', "不能让您白跑一趟,我马上处理。"));
  it("does not fire on We can't let this happen again.", () => expectNotFound('refuse', "We can't let this happen again."));
  it('finds it in 這個沒法給您換,您另想辦法吧。', () => expectFound('refuse', '這個沒法給您換,您另想辦法吧。', '沒法給您換'));
  it("finds it in Our procedures don't allow us to do that.", () => expectFound('refuse', "Our procedures don't allow us to do that.", 'allow us'));
  // Declining with what the trainee will do instead is the decks' way of saying no (docs/training-model.md#liked-and-disliked-words).
  it('does not fire on 这个我没办法当场批准,不过我可以马上帮您向主任申请。', () => expectNotFound('refuse', '这个我没办法当场批准,不过我可以马上帮您向主任申请。'));
  it("does not fire on I can't approve it myself, but I'll take it to my manager today.", () => expectNotFound('refuse', "I can't approve it myself, but I'll take it to my manager today."));
  // …and so is one whose next sentence says what the trainee will do instead (blind t11-26); a second no is not that.
  it("does not fire on a no followed by what I'll do: …I can't approve here; it has to go to the meeting. I'll put your suggestion on the agenda.", () =>
    expectNotFound('refuse', "That's a change I can't approve here; it has to go to the owners' corporation meeting. I'll put your suggestion on the agenda for the next one."));
  it('does not fire on 呢個我冇權即刻批。我會將你個建議交上去下次會議。', () => expectNotFound('refuse', '呢個我冇辦法即刻批。我會將你個建議交上去下次會議。'));
  // "I can…" opening the next sentence is no offer by itself: it must take the matter on.
  it("finds it in Sorry, we can't refund it. I can only say sorry.", () => expectFound('refuse', "Sorry, we can't refund it. I can only say sorry.", 'refund'));
  it("finds it in Sorry, we can't refund it. We can do nothing more about it.", () => expectFound('refuse', "Sorry, we can't refund it. We can do nothing more about it.", 'refund'));
  it("finds it in We can't refund that. I will not discuss it further.", () => expectFound('refuse', "We can't refund that. I will not discuss it further.", 'refund'));
  it('finds it in 唔得就係唔得。我哋唔會退錢。', () => expectFound('refuse', '唔得就係唔得。我哋唔會退錢。', '唔得'));
  it("finds it in We can't refund that. Can I help with anything else? (a question is no offer)", () => expectFound('refuse', "We can't refund that. Can I help with anything else?", 'refund'));
  // A no whose reason is her own safety is saying NO for her good (docs/training-model.md#liked-and-disliked-words); a no for the company's sake still refuses.
  it('does not fire on 这一条我没办法让步，因为真有火警，最先要从那里走的就是您和宝宝。', () => expectNotFound('refuse', '这一条我没办法让步，因为真有火警，最先要从那里走的就是您和宝宝。'));
  it("does not fire on I can't leave it there, because in a fire that's the stairway you and your baby would use.", () => expectNotFound('refuse', "I can't leave it there, because in a fire that's the stairway you and your baby would use."));
  // …and so is one whose reason, her safety, came in the sentence before it, with a so or the danger she would meet.
  it('does not fire on 真有火灾浓烟的时候，最先要从这里走的就是您和孩子，所以全楼都在清理。这一点我没办法让步。', () => expectNotFound('refuse', '真有火灾浓烟的时候，最先要从这里走的就是您和孩子，所以全楼都在清理。这一点我没办法让步。'));
  it("does not fire on The landing is the only way down if there's a fire, and your kids would be carrying the pram past it. I can't make an exception.", () => expectNotFound('refuse', "The landing is the only way down if there's a fire, and your kids would be carrying the pram past it. I can't make an exception."));
  it('finds it in 这是公司的规定，所以没办法。 (a so, but for the company)', () => expectFound('refuse', '这是公司的规定，所以没办法。', '没办法'));
  it('finds it in 我们很忙。这一点我没办法让步。 (the sentence before gives no safety reason)', () => expectFound('refuse', '我们很忙。这一点我没办法让步。', '没办法'));
  it('finds it in 没办法,因为这是公司的规定。', () => expectFound('refuse', '没办法,因为这是公司的规定。', '没办法'));
  it('does not fire on 那個保安我們也拿他沒辦法。 (about a colleague, not the customer)', () => expectNotFound('refuse', '那個保安我們也拿他沒辦法。'));
  // scen15s: asking whether there is a place (有冇地方, 有没有地方) refuses nothing; "no room for you" does.
  it('does not fire on 我幫你留意下有冇地方。', () => expectNotFound('refuse', '我幫你留意下有冇地方。'));
  it('does not fire on 我帮您看看有没有地方。', () => expectNotFound('refuse', '我帮您看看有没有地方。'));
  it("does not fire on Let me see whether there's any space.", () => expectNotFound('refuse', "Let me see whether there's any space."));
  it('still finds 冇房俾你坐㗎，喺度講啦', () => expectFound('refuse', '冇房俾你坐㗎，喺度講啦'));

  // lex24 (issue 12): a refusal carried by policy or incapacity is a no as well as the rule — the policy "says" it in the
  // trainee's own voice (not someone's words retold), 係唔賠嘅 / 一律不退 says how things are, 冇得幫你 has any subject.
  it('finds it in 按規矩,開咗封嘅貨品係唔退㗎', () => expectFound('refuse', '按規矩,開咗封嘅貨品係唔退㗎', '唔退'));
  it('finds it in 根据条款,这种情况一律不予赔偿的', () => expectFound('refuse', '根据条款,这种情况一律不予赔偿的', '不予赔偿'));
  it('finds it in 呢單嘢我哋物業部冇得幫你', () => expectFound('refuse', '呢單嘢我哋物業部冇得幫你', '冇得幫你'));
  it("finds it in The terms say no exchanges on sale items, there's nothing I can do.", () => expectFound('refuse', "The terms say no exchanges on sale items, there's nothing I can do.", 'nothing I can do'));
  it('finds it in Sorry, refunds are out of my hands.', () => expectFound('refuse', 'Sorry, refunds are out of my hands.', 'out of my hands'));
  it('does not fire on 特價貨是不是不退的?我幫您查查', () => expectNotFound('refuse', '特價貨是不是不退的?我幫您查查'));
  it('does not fire on 不是沒得幫您,要先等化驗報告', () => expectNotFound('refuse', '不是沒得幫您,要先等化驗報告'));
  it('does not fire on 这次上门检查是不收费的,请放心', () => expectNotFound('refuse', '这次上门检查是不收费的,请放心'));
  it("does not fire on It's out of my hands for now, but I'll get my supervisor to ring you by four.", () => expectNotFound('refuse', "It's out of my hands for now, but I'll get my supervisor to ring you by four."));
  it("does not fire on The receptionist said there's nothing she can do? I'll sort it myself.", () => expectNotFound('refuse', "The receptionist said there's nothing she can do? I'll sort it myself."));
  // scen15t (blind t20-22): the failure judged unacceptable sides with her; refusing her what she asks still refuses.
  it('does not fire on 一个月坏三次是不能接受的。', () => expectNotFound('refuse', '一个月坏三次是不能接受的。'));
  it('does not fire on 一個月壞三次係唔可以接受嘅。', () => expectNotFound('refuse', '一個月壞三次係唔可以接受嘅。'));
  it('does not fire on Three breakdowns in a month is not acceptable.', () => expectNotFound('refuse', 'Three breakdowns in a month is not acceptable.'));
  it('still finds 你的要求我们不能接受。', () => expectFound('refuse', '你的要求我们不能接受。'));
  it('still finds 呢個要求我哋唔可以接受。', () => expectFound('refuse', '呢個要求我哋唔可以接受。'));
  // scen15y (t24-04): siding with him that it must never happen again refuses him nothing.
  it('does not fire on 查清楚點解每個部門都推，以後唔可以再咁', () => expectNotFound('refuse', '我會查清楚點解每個部門都推，以後唔可以再咁。'));
  it('does not fire on 查清楚为什么每个部门都推，以后不可以再这样', () => expectNotFound('refuse', '我会查清楚为什么每个部门都推，以后不可以再这样。'));
  it('does not fire on 呢種事唔可以再發生', () => expectNotFound('refuse', '我會跟進，呢種事唔可以再發生。'));
  it('still finds a no about what he may do again: 以後唔可以再退貨', () => expectFound('refuse', '以後唔可以再退貨。', '唔可以'));
  it('still finds a no about what he may do again: 你以后不可以再这样', () => expectFound('refuse', '你以后不可以再这样。', '不可以'));
  it('does not fire on "I\'ll find out why, so this does not happen to you again"', () => expectNotFound('refuse', "I'll find out why every department passed you on, so this does not happen to you again."));
});
