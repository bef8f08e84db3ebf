// Cases in zh-Hant, zh-Hans and en for the rule in blame-customer.ts; negatives are the look-alikes it must not fire on.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('blame_customer', () => {
  it("finds it in 你弄錯了,費用是每月一號交的。", () => expectFound('blame_customer', "你弄錯了,費用是每月一號交的。", "你弄錯了"));
  it("finds it in 您为什么不早点说呢?", () => expectFound('blame_customer', "您为什么不早点说呢?", "为什么不早点说"));
  it("finds it in You got it wrong, the fee is due on the first.", () => expectFound('blame_customer', "You got it wrong, the fee is due on the first.", "got it wrong"));
  it("does not fire on 這絕對不是您的錯。", () => expectNotFound('blame_customer', "這絕對不是您的錯。"));
  it("does not fire on 这不是您的责任,是我们通知得太晚。", () => expectNotFound('blame_customer', "这不是您的责任,是我们通知得太晚。"));
  it("does not fire on None of this is your fault.", () => expectNotFound('blame_customer', "None of this is your fault."));
  // A why the trainee will find out is their own checking, not a reproach (blind t7-07); asked of her, it still blames.
  it('does not fire on 訂位同蛋糕點解會冇咗記錄，我聽日查清楚。', () => expectNotFound('blame_customer', '訂位同蛋糕點解會冇咗記錄，我聽日查清楚。'));
  // Said first, the why is the object of their checking (blind t9-32); a why asked of her after it still blames.
  it('does not fire on 我要查清楚蛋糕點解冇記錄。', () => expectNotFound('blame_customer', '我要查清楚蛋糕點解冇記錄。'));
  it('finds it in 我要查清楚，你點解唔早啲講？', () => expectFound('blame_customer', '我要查清楚，你點解唔早啲講？', '點解唔'));
  // A how-…-not whose not is an A-not-A tag's (怎麼回事好不好) asks whether to tell her, not why she did not (blind t8-27).
  it('does not fire on 您沒有被忘記喔，我跟您說一下是怎麼回事好不好？', () => expectNotFound('blame_customer', '您沒有被忘記喔，我跟您說一下是怎麼回事好不好？'));
  it('finds it in 你怎么不早点说呢，对不对？', () => expectFound('blame_customer', '你怎么不早点说呢，对不对？', '怎么不'));
  it('finds it in 你为什么不早点说，我查一下？', () => expectFound('blame_customer', '你为什么不早点说，我查一下？', '为什么不'));
  it('does not fire on 等了一個禮拜都沒人回覆,難怪您會這麼生氣。', () => expectNotFound('blame_customer', '等了一個禮拜都沒人回覆,難怪您會這麼生氣。'));
  it("does not fire on You shouldn't have had to call three times.", () => expectNotFound('blame_customer', "You shouldn't have had to call three times."));
  it('finds it in I never said that, you must have misheard.', () => expectFound('blame_customer', 'I never said that, you must have misheard.', 'misheard'));
  it("does not fire on a condition of fact: I can look it up if you paid by card.", () => expectNotFound('blame_customer', 'I can look it up if you paid by card.'));
  it('finds it in a paraphrase-shaped conclusion: 即係話都係你自己搞錯咗啦', () => expectFound('blame_customer', '即係話都係你自己搞錯咗啦', '你自己搞錯'));
  it('finds it in so-that-is-on-your-side: the parcel was signed for at your address, so that is on your side.', () => expectFound('blame_customer', 'Sir, the parcel was signed for by someone at your address, so that is on your side.', 'on your side'));
  it('does not fire on a restatement closed as a question: 所以店員說是您自己弄錯的,是這樣嗎?', () => expectNotFound('blame_customer', '所以店員說是您自己弄錯的,是這樣嗎?'));
  it('does not fire on a why about our side: 點解兩張單都冇人跟,我會同經理查清楚。', () => expectNotFound('blame_customer', '點解兩張單都冇人跟,我會同經理查清楚。'));
  it('does not fire on self-criticism: 為什麼我們沒有早點通知您?', () => expectNotFound('blame_customer', '為什麼我們沒有早點通知您?'));
  it('does not fire on why did nobody call you back', () => expectNotFound('blame_customer', "I'll find out why nobody called you back."));
  it('still finds a why aimed at the customer: 點解你唔早啲講?', () => expectFound('blame_customer', '點解你唔早啲講?', '點解你唔早啲講'));
  it('does not fire on exoneration: 您一點錯都沒有,通知貼晚了是我們的失誤。', () => expectNotFound('blame_customer', '您一點錯都沒有,通知貼晚了是我們的失誤。'));
});

describe('rhetorical who…? / 邊個叫你…? / 难道…? (lex11)', () => {
  it('reads a rhetorical who as blame, not an open question (en, yue, zh-Hans)', () => {
    for (const t of ['Who leaves a parcel outside for three days and then complains it got wet?', '邊個叫你自己拆開部機㗎？', '谁让你自己乱改设置的？']) {
      const acts = classifyReply(t).acts;
      expect(acts, t).toContain('blame_customer');
      expect(acts, t).not.toContain('ask_open');
    }
  });
  it('still asks a genuine who-question', () => expect(classifyReply('Who did you speak to when you called last week?').acts).toEqual(['ask_open']));
  it('难道这也要我们负责吗 disputes our side (argue), it does not blame the customer', () => {
    const acts = classifyReply('难道这也要我们负责吗？').acts;
    expect(acts).toContain('argue');
    expect(acts).not.toContain('blame_customer');
  });

  // lex12: sarcastic blame — a mock apology for expecting the customer to do the obvious, or for a trivial task.
  describe('mock apology that blames', () => {
    for (const text of ['sorry sorry my bad for expecting people to read the sign', 'so sorry that our staff cannot read your mind', '唔好意思呀 要你睇埋張單咁辛苦', '真不好意思啊 让您看一下说明书这么为难']) {
      it(text, () => {
        const { acts } = classifyReply(text);
        expect(acts).toContain('blame_customer');
        expect(acts).not.toContain('apologize');
      });
    }
    it('a real apology for a wait is not blame: 不好意思要你等咁耐', () => expect(classifyReply('不好意思要你等咁耐').acts).not.toContain('blame_customer'));
  });

  // lex13: the customer named as the one who erred, said as a certainty; the trainee's own slip or a question is not blame.
  it('finds it: You must have entered the wrong PIN three times.', () => expectFound('blame_customer', 'You must have entered the wrong PIN three times.'));
  it('finds it: 係你自己簽咗份合約㗎,而家先話唔啱', () => expectFound('blame_customer', '係你自己簽咗份合約㗎,而家先話唔啱'));
  it('does not fire on I may have entered the wrong date on my side, let me check.', () => expectNotFound('blame_customer', 'I may have entered the wrong date on my side, let me check.'));
  it('does not fire on Could you have typed the wrong email? If so I can fix it for you.', () => expectNotFound('blame_customer', 'Could you have typed the wrong email? If so I can fix it for you.'));

  // lex24 (issue 12): a rhetorical question about what she was already told, sent or shown — 不是…嗎?, 點會唔記得?,
  // "didn't you get…?", "how could you still miss it?" — reproaches her, and is no question asked; a sincere check of
  // whether a message arrived stays a question.
  const reproaches = [
    '妳不是已經看過那份報價單了嗎?',
    '你哋唔係一早約咗十點咩?',
    '你不是签过字确认了吗?',
    '封信都寄咗俾你,點會唔知?',
    '通知都发了两次,怎么还会错过?',
    "Weren't you sent the new code last week?",
    'We texted you the day before, so how did you still miss it?',
  ];
  for (const text of reproaches) {
    it(`reads a reproach in ${text}`, () => {
      const acts = classifyReply(text).acts;
      expect(acts).toContain('blame_customer');
      expect(acts).not.toContain('ask_closed');
      expect(acts).not.toContain('ask_open');
    });
  }
  it('does not fire on 請問您收到我們的短信了嗎?沒有的話我馬上補發', () => expectNotFound('blame_customer', '請問您收到我們的短信了嗎?沒有的話我馬上補發'));
  it('does not fire on 您是不是还没收到确认邮件?我帮您再发一次', () => expectNotFound('blame_customer', '您是不是还没收到确认邮件?我帮您再发一次'));
  it("does not fire on Did you get our reminder text? If not, I'll resend it now.", () => expectNotFound('blame_customer', "Did you get our reminder text? If not, I'll resend it now."));

  // lex24 (issue 12, sarcasm by structure): mock praise of what she broke or got wrong puts the fault on her.
  it('finds it in 嘩,你真係好犀利,連個門鐘都識撳壞', () => expectFound('blame_customer', '嘩,你真係好犀利,連個門鐘都識撳壞'));
  it('finds it in 您可真厉害,连新买的杯子也能摔烂', () => expectFound('blame_customer', '您可真厉害,连新买的杯子也能摔烂'));
  it('finds it in Wow, congrats on cracking a screen protector that thick.', () => expectFound('blame_customer', 'Wow, congrats on cracking a screen protector that thick.'));
  it('does not fire on 你好叻呀,連呢個都識自己整返好', () => expectNotFound('blame_customer', '你好叻呀,連呢個都識自己整返好'));
});
