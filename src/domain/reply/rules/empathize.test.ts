// Cases in zh-Hant, zh-Hans and en for the rule in empathize.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('empathize', () => {
  it("finds it in 換作是我也會生氣。", () => expectFound('empathize', "換作是我也會生氣。", "換作是我也會"));
  it("finds it in 被推来推去确实让人很窝火。", () => expectFound('empathize', "被推来推去确实让人很窝火。", "确实让人很窝火"));
  it("finds it in I can see why you're upset.", () => expectFound('empathize', "I can see why you're upset.", "I can see why"));
  it("does not fire on 你要理解我們的難處。", () => expectNotFound('empathize', "你要理解我們的難處。"));
  it("does not fire on I don't understand why you're complaining.", () => expectNotFound('empathize', "I don't understand why you're complaining."));
  it('does not fire on a clerk\'s "I understand" retold in quotes', () => expectNotFound('empathize', '您是说那个店员当时说了句"我理解您",然后就走了?'));
  it('finds a named feeling: 一定很累吧 / 真係好辛苦 / must have been embarrassing', () => {
    expectFound('empathize', '帶著小孩等這麼久,一定很累吧');
    expectFound('empathize', '成晚瞓唔到，真係好辛苦');
    expectFound('empathize', 'That must have been really embarrassing in front of your guests.');
  });
  it('does not fire on 如果我係你，我都唔會咁嬲', () => expectNotFound('empathize', '如果我係你，我都唔會咁嬲'));
  // lex24 (issue 12): the feeling validated — "every reason to be upset", "I'd have been just as annoyed" — and the
  // hardship named in Cantonese chat words (好冇癮, 好唔抵, 好冤枉) are empathy; a reason denied is not.
  it("finds it in You've got every right to feel fed up with us.", () => expectFound('empathize', "You've got every right to feel fed up with us."));
  it("finds it in Anyone would have been just as upset after three cancelled visits.", () => expectFound('empathize', 'Anyone would have been just as upset after three cancelled visits.'));
  it('finds it in 等咗成個下晝,真係好冇癮', () => expectFound('empathize', '等咗成個下晝,真係好冇癮'));
  it('finds it in 白跑了三趟,真的很冤枉', () => expectFound('empathize', '白跑了三趟,真的很冤枉'));
  it('finds it in 你辛辛苦苦排隊,結果白排,真係好唔抵', () => expectFound('empathize', '你辛辛苦苦排隊,結果白排,真係好唔抵'));
  it('does not fire on You had no reason to be upset with the cashier.', () => expectNotFound('empathize', 'You had no reason to be upset with the cashier.'));
  it('does not fire on 呢個套餐其實幾抵食', () => expectNotFound('empathize', '呢個套餐其實幾抵食'));

  // scen15t (blind t20-37): Cantonese 換轉係我都唔舒服 and "I understand you'd feel singled out" in Chinese name her feeling.
  it('finds it in 換轉係我都唔舒服', () => expectFound('empathize', '而家話三日內要搬，換轉係我都唔舒服。', '換轉係我都唔舒服'));
  it('finds it in 我明白你會覺得好似被針對', () => expectFound('empathize', '我明白你會覺得好似被針對。', '被針對'));
  it('finds it in 我明白您会觉得被针对', () => expectFound('empathize', '我明白您会觉得被针对。', '被针对'));
  it("finds it in I can see why you'd feel singled out", () => expectFound('empathize', "I can see why you'd feel singled out."));
  // scen15t (blind t20-10): "I can see you're on a 24-month plan" reads her account, not her feeling.
  it("does not fire on I can see you're on a 24-month plan with 16 months remaining", () =>
    expectNotFound('empathize', "Thank you. I can see you're on a 24-month plan with 16 months remaining."));
  it('does not fire on I can see on the system that you reported it three times', () => expectNotFound('empathize', 'I can see on the system that you reported it three times.'));
  it('does not fire on 我睇到你張合約仲有十六個月', () => expectNotFound('empathize', '我睇到你張合約仲有十六個月。'));
  it('does not fire on 我看到您的合约还有十六个月', () => expectNotFound('empathize', '我看到您的合约还有十六个月。'));
  it("still finds I can see you're on edge", () => expectFound('empathize', "I can see you're on edge, and I don't blame you."));
  it("still finds I can see you're upset", () => expectFound('empathize', "I can see you're upset."));
});

// lex31 (harm25 h089 h264): a bare "I hear you" that turns on "but" to a no — a refusal, a rule, her account corrected —
// only clears the way for it; a named feeling before the same "but" stays empathy (lex29), in all three languages.
describe('empathize: a bare "I hear you, but…" before a no (lex31)', () => {
  it('does not fire on I hear you, but we cannot refund a used item.', () => expectNotFound('empathize', "I hear you, but we can't refund a used item."));
  it('does not fire on I get it, but the booking rules are clear on this.', () => expectNotFound('empathize', 'I get it, but the booking rules are clear on this, section 4.'));
  it('does not fire on 我明白你嘅意思,不過規定係咁。', () => expectNotFound('empathize', '我明白你嘅意思,不過規定係咁。'));
  it('does not fire on 我听到你说的了,但是规定就是这样,退不了。', () => expectNotFound('empathize', '我听到你说的了,但是规定就是这样,退不了。'));
  it('still finds the named feeling: I hear how frustrating this is, but we cannot refund a used item.', () =>
    expectFound('empathize', "I hear how frustrating this is, but we can't refund a used item."));
  it('still finds the named feeling: 我明白你好嬲,但係呢個真係退唔到。', () => expectFound('empathize', '我明白你好嬲,但係呢個真係退唔到。'));
  it('still finds the named feeling: 理解您的心情,但是按规定这个退不了。', () => expectFound('empathize', '理解您的心情,但是按规定这个退不了。'));
  it('still finds I hear you before help: I hear you, but let me see what I can do.', () => expectFound('empathize', 'I hear you, but let me see what I can do.'));
});
