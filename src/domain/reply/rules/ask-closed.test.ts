// Cases in zh-Hant, zh-Hans and en for the rule in ask-closed.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('ask_closed', () => {
  it("finds it in 是上週五買的嗎?", () => expectFound('ask_closed', "是上週五買的嗎?", "是上週五買的嗎"));
  it("finds it in 是昨天晚上发生的吗?", () => expectFound('ask_closed', "是昨天晚上发生的吗?", "发生的吗"));
  it("finds it in Is this the unit on the 12th floor?", () => expectFound('ask_closed', "Is this the unit on the 12th floor?", "Is this"));
  it("does not fire on 當時保安是怎麼回應您的?", () => expectNotFound('ask_closed', "當時保安是怎麼回應您的?"));
  it("does not fire on What happened next?", () => expectNotFound('ask_closed', "What happened next?"));
  it("does not fire on 你說完了沒有?", () => expectNotFound('ask_closed', "你說完了沒有?"));
  // Declining first and then asking: the asking clause decides whether it is a genuine question.
  it("finds it in I can't refund it without the receipt, but I can look it up - do you have the card with you?", () =>
    expectFound('ask_closed', "I can't refund it without the receipt, but I can look it up - do you have the card with you?"));
  it("does not fire on the tag of a blaming question: Well, you didn't read the instructions, did you?", () => expectNotFound('ask_closed', "Well, you didn't read the instructions, did you?"));
  // A yes/no clause after an open one asks both (您那边现在是什么情况,水还在漏吗?).
  it('finds it in the yes/no clause after an open question', () => expectFound('ask_closed', '您那邊現在是什麼情況,水還在漏嗎?'));
  it('finds it in V了沒 without a question mark: 短信验证码您收到了没', () => expectFound('ask_closed', '短信验证码您收到了没'));
  it('finds it in Cantonese either-or A定B: 你想退錢定換貨?', () => expectFound('ask_closed', '你想退錢定換貨?'));
  it('finds it in an either-or run-on: …either … or …, which would you prefer', () =>
    expectFound('ask_closed', 'I can either move you to 4:15 with Dr Patel or keep your place with Dr Lim, which would you prefer'));
  it('finds it in an embedded question: Did anyone explain how the booking works?', () => expectFound('ask_closed', 'Did anyone explain how the booking system works when you signed up?'));
  it('does not fire on a rhetorical 你係咪聽唔明中文呀?', () => expectNotFound('ask_closed', '你係咪聽唔明中文呀?'));
  it('does not fire on Do you really think we would lie to you?', () => expectNotFound('ask_closed', "Do you really think we'd lie to you about a delivery?"));
  it('does not fire on 能不能多講一點那天的情況 (a request for the story)', () => expectNotFound('ask_closed', '能不能多講一點那天的情況'));
  it('does not fire on a closing brush-off: Is there anything else? If not I have other customers waiting.', () =>
    expectNotFound('ask_closed', 'Is there anything else? If not I have other customers waiting.'));
  it('finds it in Cantonese 收到短信未呀 (no question mark)', () => expectFound('ask_closed', '請問你收到短信未呀'));
  // Issue 12 (blind8 families): a closed question typed without a question mark in a run-on — a polite tag
  // in the middle before the trainee speaks again, a slipped 對巴, a northern V-不 at the end.
  it('finds a mid run-on 好嗎 before the trainee goes on: 請你影張收據俾我好嗎我即刻幫你查', () => expectFound('ask_closed', '請你影張收據俾我好嗎我即刻幫你查'));
  it('finds a mid run-on 方不方便: 技術員禮拜三早上過去方不方便我先幫您登記', () => expectFound('ask_closed', '技術員禮拜三早上過去方不方便我先幫您登記'));
  it('finds a slipped tag: 您是上週五下的單對巴', () => expectFound('ask_closed', '您是上週五下的單對巴'));
  it('finds a northern V-不: 我给您换个新的,行不', () => expectFound('ask_closed', '我给您换个新的,行不'));
  it('does not fire on a statement ending in 不: 这个价钱我们真的不行', () => expectNotFound('ask_closed', '这个价钱我们真的不行'));

  // lex13: a consent tag closing its own clause asks for agreement though the reply goes on; 不管行不行 does not ask.
  it('finds a consent tag before a comma: 您看这样行不行,我先给您退一半运费', () => expectFound('ask_closed', '您看这样行不行,我先给您退一半运费'));
  it('finds a consent tag before a comma: 咁樣好唔好,我即刻幫你安排師傅', () => expectFound('ask_closed', '咁樣好唔好,我即刻幫你安排師傅'));
  it('does not fire on 不管行不行,我都會幫你問', () => expectNotFound('ask_closed', '不管行不行,我都會幫你問'));
  // scen15f: the customer's name called out, and a question that only names her feeling, ask her nothing.
  it('does not fire on a name called out: Mrs Lin? I am Grace from reception.', () => expectNotFound('ask_closed', "Mrs Lin? I'm Grace from reception."));
  it('does not fire on 陳先生？你好，我係經理。', () => expectNotFound('ask_closed', '陳先生？你好，我係經理。'));
  it('still finds Is it Mrs Lin?', () => expectFound('ask_closed', 'Is it Mrs Lin?'));
  it('does not fire on a feeling named as a tag question: 我看您等了好久了，累了吧？', () => expectNotFound('ask_closed', '我看您等了好久了，累了吧？'));
  it('does not fire on 你一定好心急吧？', () => expectNotFound('ask_closed', '你一定好心急吧？'));
  it('still finds a restated feeling with a confirming tag: 讓您很不舒服，是嗎？', () => expectFound('ask_closed', '您說店員一直催您快點，讓您很不舒服，是嗎？'));
  it('still finds the question in a run-on after the feeling', () => expectFound('ask_closed', '換作是我也會很生氣請問您是上週六來的嗎'));
  it('still finds the question after the feeling: 理解你嘅心情，單號係咪GW58213？', () => expectFound('ask_closed', '理解你嘅心情，單號係咪GW58213？'));
  it('still finds the question after the feeling: That must be frustrating. Did the engineer turn up at all?', () =>
    expectFound('ask_closed', 'That must be frustrating. Did the engineer turn up at all?'));
  // lex20: a request for one piece of information asks even without a question mark; giving one does not.
  it('finds a request typed without a question mark: Kindly send me the tracking number.', () => expectFound('ask_closed', 'Kindly send me the tracking number.', 'send me the tracking number'));
  it('finds a request typed without a question mark: 您的快遞單號發我一下哈', () => expectFound('ask_closed', '您的快遞單號發我一下哈'));
  it("does not fire on the trainee giving one: I'll send you the tracking number by 5pm.", () => expectNotFound('ask_closed', "I'll send you the tracking number by 5pm."));
  it('does not fire on the trainee giving one: 我把新的訂單號發給您了。', () => expectNotFound('ask_closed', '我把新的訂單號發給您了。'));

  // lex24 (issue 12): after a put-down ("even a child can…"), "is this your first time…?" is a reproach, not a question;
  // asked as a welcome it is a question.
  it('does not fire on 咁簡單連細路都識,你係咪第一次用微波爐?', () => expectNotFound('ask_closed', '咁簡單連細路都識,你係咪第一次用微波爐?'));
  it('does not fire on 这个连小学生都会,您是第一次坐地铁吗?', () => expectNotFound('ask_closed', '这个连小学生都会,您是第一次坐地铁吗?'));
  it('does not fire on Even a kid can use a kettle, is this your first time using one?', () => expectNotFound('ask_closed', 'Even a kid can use a kettle, is this your first time using one?'));
  it('finds it in 請問您是第一次來我們診所嗎?', () => expectFound('ask_closed', '請問您是第一次來我們診所嗎?'));
  // lex30 (blind29, blind30): question marks typed alone are exasperation, not a question; a worded one still asks.
  it('does not fire on ??? typed alone before a statement: ??? 保養卡上面寫得很清楚', () => expectNotFound('ask_closed', '??? 保養卡上面寫得很清楚'));
  it('does not fire on ?? typed alone: ?? 你签收的时候没有打开看', () => expectNotFound('ask_closed', '??你签收的时候没有打开看'));
  it('does not fire on "?!" before a statement: ?! the label says fragile', () => expectNotFound('ask_closed', '?! the label says fragile on both sides'));
  it('still finds a worded question after ???: ??? 係咪寄錯咗地址?', () => expectFound('ask_closed', '??? 係咪寄錯咗地址?'));
  it('still finds a one-word question: Sunday?', () => expectFound('ask_closed', 'Sunday?'));
  // lex31 (blind28 u099, blind30 u085, blind31 u070 u199 — three writers): a question answered by the trainee's own mock
  // verdict, a dare to sue, or 'only N minutes and already…?' mocks her; it asks nothing. The sincere look-alikes still ask.
  it("does not fire on Oh wow, you actually kept the receipt? That's a first.", () => expectNotFound('ask_closed', "Oh wow, you actually kept the receipt? That's a first."));
  it('does not fire on So the rain is our fault now, is it? Brilliant.', () => expectNotFound('ask_closed', 'So the rain is our fault now, is it? Brilliant.'));
  it('does not fire on 喔是喔,那你要不要乾脆告我們啊?', () => expectNotFound('ask_closed', '喔是喔,那你要不要乾脆告我們啊?'));
  it('does not fire on 才排了二十分钟就要投诉啊?', () => expectNotFound('ask_closed', '才排了二十分钟就要投诉啊?'));
  it('does not fire on 先遲咗十分鐘就嬲成咁?', () => expectNotFound('ask_closed', '先遲咗十分鐘就嬲成咁?'));
  it("does not fire on You've only waited twenty minutes and you're already this upset?", () => expectNotFound('ask_closed', "You've only waited twenty minutes and you're already this upset?"));
  it("still finds Did you actually get the text we sent on Monday? If not I'll resend it.", () => expectFound('ask_closed', "Did you actually get the text we sent on Monday? If not I'll resend it."));
  it('still finds 您才到了五分钟就有人帮您了吗?', () => expectFound('ask_closed', '您才到了五分钟就有人帮您了吗?'));
  it('still finds 你係咪想投訴?我幫你轉主管。', () => expectFound('ask_closed', '你係咪想投訴?我幫你轉主管。'));
});
