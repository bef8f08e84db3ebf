// Cases in zh-Hant, zh-Hans and en for the rule in explain.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('explain', () => {
  // The kind no with its reason, her own safety (docs/training-model.md#liked-and-disliked-words, docs/training-model.md#eight-words 六解釋): explained, and neither refuse nor cite_policy.
  it('finds it in a Cantonese no explained by her way out', () =>
    expectFound('explain', '後樓梯係逃生通道，萬一火警，你同BB都係靠呢條路走，所以呢樣我真係冇辦法通融，我係為你一家着想。', '你同BB都係靠'));
  it('finds it in a zh-Hans no explained by whom the rule protects', () =>
    expectFound('explain', '这件事确实没法让步，后楼梯是整层人逃生要走的路。这条规定其实是在保护您和宝宝。', '保护您和'));
  it('finds it in an English no explained by her way out', () =>
    expectFound('explain', "I'm sorry, but I can't let them stay on the landing. That stairway is how you and your baby would get out in a fire.", 'how you and your baby would get out'));
  it('finds it in a no whose next sentence gives her safety as the reason (the refusal itself is the explained no)', () =>
    expectFound('explain', '这一条我没办法让步，因为真有火警，最先要从那里走的就是您和宝宝。', '没办法'));
  it('finds it in a Cantonese no whose reason is 真係有火警 and the pram in her and her son\'s way (scen15q)', () =>
    expectFound('explain', '後樓梯係走火通道，我冇辦法俾架車擺返喺度。唔係為難你，真係有火警，你抱住個仔行嗰條樓梯，架車會擋住你哋。', '冇辦法'));
  it('does not fire on 真係有 before a rule with nothing of her safety', () => expectNotFound('explain', '真係有規定，我冇辦法，你自己諗辦法。'));
  // What happened, explained as she is owed it (docs/training-model.md#face-to-face step 2).
  it('finds it in 我跟您說明一下：陳醫師三點被叫去處理急診。', () => expectFound('explain', '阿嬤，我跟您說明一下：陳醫師三點被叫去處理一位急診病人。', '說明一下'));
  it('finds it in Let me explain what happened: …', () => expectFound('explain', 'Let me explain what happened: Dr Chen was called to an emergency at three.', 'explain'));
  // Asking leave to explain, then explaining: the question only asks whether she will hear it.
  it('finds it in Can I explain what happened? followed by what happened', () =>
    expectFound('explain', "Can I explain what happened? At three o'clock Dr Chen was called away to an emergency patient.", 'explain what happened'));
  it('finds it in 我同你解釋下發生咩事，好唔好？ followed by what happened', () =>
    expectFound('explain', '我同你解釋下發生咩事，好唔好？陳醫生三點被叫咗去急症。', '解釋下'));
  it('finds it in 我跟您说明一下情况，好吗？ followed by what happened', () =>
    expectFound('explain', '我跟您说明一下情况，好吗？陈医生三点被叫去抢救一位急诊病人。', '说明一下'));
  it('does not fire on asking leave with nothing explained after it', () => expectNotFound('explain', 'Can I explain what happened?'));
  it('does not fire on asking her to explain what happened, then more', () => expectNotFound('explain', 'Can you explain what happened? I need the details for the report.'));
  // Not an explanation for her sake: the cold rule, a bare no, a lesson, a request for hers, a promise of one later.
  it('does not fire on a bare rule', () => expectNotFound('explain', '公司規定係咁，我都冇辦法。'));
  it('does not fire on a no for the company', () => expectNotFound('explain', "Sorry, we can't do that, it's company policy."));
  it('does not fire on a lesson', () => expectNotFound('explain', 'Let me explain how our billing works, since you clearly missed it.'));
  it('does not fire on asking her to explain', () => expectNotFound('explain', '你同我解釋吓，點解要擺出面？'));
  it('does not fire on the patronising 為你好', () => expectNotFound('explain', '我都係為你好，你聽我講啦。'));
  it('does not fire on keyword salad', () => expectNotFound('explain', '非常抱歉，我非常理解您的心情，我们一定会跟进，安全第一。'));
  // A safety word beside any "you" is not her safety: the company's rule, said as a rule, still closes the door.
  it('does not fire on a refusal for the company safety policy, which stays a refusal', () => {
    expectNotFound('explain', "We can't refund you because of company safety policy.");
    expectFound('refuse', "We can't refund you because of company safety policy.", "can't refund");
  });
  it('does not fire on a safety rule she must just accept', () => expectNotFound('explain', "Sorry, no refunds, it's a safety rule so you just have to accept it."));
  it('does not fire on 規定就係規定 with a safety reason', () => expectNotFound('explain', '規定就係規定，因為安全問題，你唔好再講。'));
  it('finds it when the danger would meet her: for your own safety, you could get trapped', () =>
    expectFound('explain', "I'm sorry, I can't let you keep it on the landing, for your own safety: if there's a fire you could get trapped.", "can't let you"));
  it("does not fire on blame dressed as an explanation: Let me explain what happened: you didn't read the terms.", () =>
    expectNotFound('explain', "Let me explain what happened: you didn't read the terms before you signed."));
  it('does not fire on 我跟你解釋一下：係你自己冇睇清楚條款。', () => expectNotFound('explain', '我跟你解釋一下：係你自己冇睇清楚條款。'));
  // scen15o (blind t16-36/38): "should something happen" as the reason, her household as who it would meet, the reason
  // running over two clauses after the no, and "can't let it stay" as the no.
  it('finds it in a zh-Hans no whose reason is what would meet her family should something happen', () =>
    expectFound('explain', '后楼梯是逃生通道，这一点没法通融，真出了事，最先受影响的就是您家里人。', '没法通融'));
  it("finds it in an English no told as what can't stay there, with the fire and her family as its reason", () =>
    expectFound('explain', "I can't let them stay on the landing. That staircase is the way out if there's ever a fire, and in smoke a pram there could trip you or your own family first.", "I can't let them stay"));
  it("does not fire on can't let it stay with no reason", () => expectNotFound('explain', "I can't let it stay there."));
  it('does not fire on a company reason should something happen', () => expectNotFound('explain', '这一点没法通融，真出了事，公司要负责任的。'));
  it('does not fire on the safety reason quoted from someone else', () => expectNotFound('explain', '保安話「呢條規矩係保護你同BB」，係咪咁講？'));
  // scen15t (blind t20-36): the reason pointed back to ("That's why…", 这就是为什么, 就係咁) with the fire meeting her family.
  it("finds it in an English no after the danger, told as That's why", () =>
    expectFound('explain', "In a fire, in the dark and the smoke, a pram on the landing is exactly what people trip over, and it could be your own family. That's why I can't let them stay there.", "I can't let them stay"));
  it('finds it in a zh-Hans no after the danger, told as 正因为这样 / 这就是为什么', () =>
    expectFound('explain', '真要是着火，那条后楼梯就是您和宝宝逃生的路。这就是为什么我没办法让婴儿车继续放在那里。', '没办法'));
  it('finds it in a Cantonese no after the danger, told as 就係咁', () =>
    expectFound('explain', '萬一半夜有火警，後樓梯就係你同個仔走嘅路。就係咁，我冇辦法俾架車繼續擺喺度。', '冇辦法'));
  it("does not fire on That's why with a reason about the company", () =>
    expectNotFound('explain', "Management got a complaint from the fire department. That's why I can't let them stay there."));
  // scen15t (probes p15t-04/05): the landing's rule (不能放东西, 唔准擺嘢, "has to stay clear") with her safety as its reason.
  it('finds it in a zh-Hans rule of the landing after the danger to her and her child', () =>
    expectFound('explain', '后楼梯是逃生通道。万一有火灾，最先要从那里走的就是您和孩子，这就是为什么平台上不能放东西。', '不能放'));
  it('finds it in a Cantonese rule of the landing with 所以 and her son', () => expectFound('explain', '萬一有火警，後樓梯就係你同個仔走嘅路，所以平台唔准擺嘢。', '唔准擺'));
  it("finds it in an English 'it has to stay clear' after how she and her son get out", () =>
    expectFound('explain', "In an emergency, that landing is how you and your little boy get out of the building. That's why it has to stay clear.", 'has to stay clear'));
  it('does not fire on the landing rule for the company', () => expectNotFound('explain', '平台上不能放东西，因为公司要负责任。'));
  it('does not fire on the landing rule as the rules', () => expectNotFound('explain', 'The landing has to stay clear, those are the rules.'));
  it('does not fire on a bare 後樓梯唔准擺嘢', () => expectNotFound('explain', '後樓梯唔准擺嘢。'));
});
