// Cases in zh-Hant, zh-Hans and en for the rule in lecture.ts; negatives are the look-alikes it must not fire on.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('lecture', () => {
  it("finds it in 這種問題連小孩子都會。", () => expectFound('lecture', "這種問題連小孩子都會。", "連小孩子都會"));
  it("finds it in 你要知道,一分钱一分货。", () => expectFound('lecture', "你要知道,一分钱一分货。", "一分钱一分货"));
  it("finds it in Even a child could work this out.", () => expectFound('lecture', "Even a child could work this out.", "Even a child could"));
  it("does not fire on 我知道您很失望。", () => expectNotFound('lecture', "我知道您很失望。"));
  it("does not fire on I know this is disappointing.", () => expectNotFound('lecture', "I know this is disappointing."));

  // Issue 12 (blind8 families): mock politeness — thanks, apology or understanding wrapped around a jab —
  // is a lecture, and the polite words in it are not credited; the sincere look-alikes stay polite.
  const mocking: [string, string][] = [
    ['唔該晒你專登嚟挑我哋啲骨頭', 'thank'],
    ['對唔住囉,滿足唔到你咁高嘅標準', 'apologize'],
    ['明白明白,人人都覺得自己嘅事最緊要', 'empathize'],
    ['真是抱歉,我們的飯店當然沒有您府上那麼豪華', 'apologize'],
    ['Cheers for the masterclass on how to fold towels.', 'thank'],
    ['Sorry, my bad for expecting guests to read the sign.', 'apologize'],
    ["Oh sure, it's our fault, as always.", 'acknowledge'],
  ];
  for (const [text, polite] of mocking) {
    it(`reads mockery in ${text}`, () => {
      const acts = classifyReply(text).acts;
      expect(acts).toContain('lecture');
      expect(acts).not.toContain(polite);
    });
  }
  const sincere = [
    '这么小的事也要麻烦您跑一趟,真不好意思',
    '我明白您對服務有很高的要求',
    'Thank you for the advice on how to reset it.',
    "I'm sorry that the weather caused a delay to your flight.",
    'Would you like me to send a copy to your email as well?',
    '情况没有你想象的那么严重,我们今天就能修好',
  ];
  for (const text of sincere) it(`does not fire on ${text}`, () => expectNotFound('lecture', text));

  // lex13: mock thanks and praise of when the customer came reproach; real thanks do not.
  it('finds mock thanks: Oh wow, thanks SO much for letting us know on a Friday at 5:55.', () => expectFound('lecture', 'Oh wow, thanks SO much for letting us know on a Friday at 5:55.'));
  it('finds mock praise: 你真係揀得好時間,收工先嚟投訴', () => expectFound('lecture', '你真係揀得好時間,收工先嚟投訴'));
  it('finds mock thanks: 真是謝謝您在下班前五分鐘來告訴我們呢', () => expectFound('lecture', '真是謝謝您在下班前五分鐘來告訴我們呢'));
  it("does not fire on Thanks so much for letting us know, I'll get it fixed today.", () => expectNotFound('lecture', "Thanks so much for letting us know, I'll get it fixed today."));
  it('does not fire on 谢谢您在下班前特意过来,我马上帮您处理', () => expectNotFound('lecture', '谢谢您在下班前特意过来,我马上帮您处理'));

  // lex24 (issue 12, sarcasm by structure): a helpful word — sorry, thanks, understanding, praise — made mocking by
  // exaggeration or an absurd consequence is a lecture, and the helpful word is not credited. Probes written for the
  // families, in other settings and words than the sets that showed them.
  const exaggerated: [string, string][] = [
    // the harm confessed as deliberate after an apology
    ['係呀係呀,對唔住囉,我哋啲師傅專登㗎', 'apologize'],
    ['好的好的,真是不好意思,我们就是故意的嘛', 'apologize'],
    ['Yes, terribly sorry, we obviously cancelled your booking on purpose.', 'apologize'],
    // an apology blown up to kneeling or the whole company apologising
    ['好啦,我哋成間酒店所有同事都要同你鞠躬認錯啦', 'apologize'],
    ['真对不起,要不要我给您跪下磕头啊', 'apologize'],
    ["So sorry, madam, should I get down on my knees as well?", 'apologize'],
    // an impossible duty: mind reading, dreams, flying, magic
    ['唔好意思呀,我哋冇水晶球,估唔到你幾時返屋企', 'apologize'],
    ['抱歉哦,我们的快递员不会飞,过不了那段堵车', 'apologize'],
    ["Apologies that the plumber didn't miraculously appear the second you hung up.", 'apologize'],
    ['So sorry, next time just send us a carrier pigeon.', 'apologize'],
    // thanks for complaining early, a scolding that 'helped', an eye-roll, 'made my day'
    ['多謝晒你咁早打嚟催我哋呀', 'thank'],
    ['谢谢您这么晚还来投诉,真是帮了我们很大忙', 'thank'],
    ['Thanks for the complaint, it made my whole day.', 'thank'],
    ['收到,多謝你嘅建議 🙄', 'thank'],
    // 'our VIP', 'you talk so well'
    ['喲,您簡直是我們的忠實粉絲,一個禮拜投訴六次', 'acknowledge'],
    ["You're officially our favourite complainer this month.", 'acknowledge'],
    // a wait of a few minutes called an ordeal
    ['明白,足足排咗兩分鐘,真係好委屈你', 'empathize'],
    ['I understand, sir, an entire four minutes in the queue must have been agony.', 'empathize'],
    // an absurd offer asked back
    ['好啊,我今晚一个人亲手把整个仓库重建,好不好?', 'propose_solution'],
    ["Sure, we'll just personally repave the entire road outside by morning, shall we?", 'propose_solution'],
  ];
  for (const [text, helpful] of exaggerated) {
    it(`reads exaggerated mockery in ${text}`, () => {
      const acts = classifyReply(text).acts;
      expect(acts).toContain('lecture');
      expect(acts).not.toContain(helpful);
    });
  }
  const meant = [
    '對不起,我哋真係唔係特登嘅,我即刻幫你換過',
    '我代表全公司向您道歉,今天下午就给您补发',
    "We didn't delay it on purpose, and I'm sorry it happened.",
    '抱歉,由於天氣原因航班未能起飛,我幫您改簽下一班',
    'It won\'t magically sort itself out, so an engineer will come at nine tomorrow.',
    '多謝你嘅意見,真係幫咗我哋好大忙,我哋會改善',
    'You are one of our most loyal customers, so let me put this right today.',
    '足足等了四十分钟,真的辛苦您了',
    'Of course, I\'ll just check that for you, shall I?',
    '您真会说话,谢谢您的体谅',
  ];
  for (const text of meant) it(`does not fire on ${text}`, () => expectNotFound('lecture', text));
});

// lex26 (issue 12): a helpful word made mocking — thanks for the Nth call, praise for what she could not do, an absurd
// consequence made of a small lapse, thanks for valuable feedback followed by "nothing changes" — in the three languages;
// the genuine thanks, praise and empathy that look alike stay what they are.
describe('lecture: mock thanks, mock praise and absurd consequences (lex26)', () => {
  const mocking: [string, string | undefined, string | undefined][] = [
    // [reply, harm read beside the lecture, helpful move it must not earn]
    ['多謝晒你呀,呢個月第五次嚟問同一件事', undefined, 'thank'],
    ['谢谢你啊,这礼拜第三次打电话来了', undefined, 'thank'],
    ['Thanks a lot for the fourth message today, really keeps us busy.', undefined, 'thank'],
    ['你真係醒目喎,連張單都唔識填', 'blame_customer', undefined],
    ['你可真厲害,連開關都不會按', 'blame_customer', undefined],
    ['Great job, you are the first customer who could not open a zip bag.', 'blame_customer', undefined],
    ['橫豎你最叻,不如你自己修啦', undefined, 'propose_solution'],
    ['嘩,少咗粒蔥,世界末日喎', 'dismiss_emotion', undefined],
    ['原来迟五分钟都会死人', 'dismiss_emotion', undefined],
    ['Oh dear, one missing napkin, what a tragedy.', 'dismiss_emotion', 'empathize'],
    ['多得你,我哋成組人今日都唔使食飯', undefined, 'thank'],
    ['感謝您的寶貴意見,但規定就是這樣', undefined, 'thank'],
    ['好啦好啦,你講點就點囉', undefined, undefined],
    ['反正客户永远是对的嘛', undefined, undefined],
    ['Thank you so much for the saga, I will read it on my holidays.', undefined, 'thank'],
    ['Wow, an entire two minutes, that must have been torture.', 'dismiss_emotion', 'empathize'],
  ];
  for (const [text, harm, helpful] of mocking) {
    it(`reads the mockery in ${text}`, () => {
      const acts = classifyReply(text).acts;
      expect(acts).toContain('lecture');
      if (harm) expect(acts).toContain(harm);
      if (helpful) expect(acts).not.toContain(helpful);
    });
  }
  const sincere: [string, string][] = [
    ['你好叻,連單號都記得,我即刻幫你查', 'propose_solution'],
    ['多謝你第五次打嚟,真係唔好意思要你追咁耐', 'thank'],
    ['谢谢您的宝贵意见,我们会在周五前给您改进方案', 'thank'],
    ['Thank you for your fifth call, I am sorry we made you chase us.', 'apologize'],
    ['我明白,遲咗成日送到,你一定覺得好似世界末日咁', 'empathize'],
    ['Would you like me to call the police? Your bag was taken from our lobby.', 'ask_closed'],
    ['I am so sorry, a whole hour on hold, that must have been exhausting.', 'empathize'],
    ['Thank you for the detailed email, it helped me find your order.', 'thank'],
  ];
  for (const [text, helpful] of sincere) {
    it(`keeps ${text} sincere`, () => {
      const acts = classifyReply(text).acts;
      expect(acts).toContain(helpful);
      expect(acts).not.toContain('lecture');
      expect(acts).not.toContain('blame_customer');
    });
  }
});

// lex31 (blind28 u099, blind30 u085, blind31 u070 u199): the mock question reads as mocking (lecture), in three languages;
// her right to complain given plainly does not.
describe('lecture: the mock question (lex31)', () => {
  it("finds it in Oh wow, you actually kept the receipt? That's a first.", () => expectFound('lecture', "Oh wow, you actually kept the receipt? That's a first."));
  it('finds it in 咁你不如索性去告我哋啦。', () => expectFound('lecture', '咁你不如索性去告我哋啦。'));
  it('finds it in 那您干脆找记者曝光我们好了', () => expectFound('lecture', '那您干脆找记者曝光我们好了'));
  it("finds it in Fine. Why don't you just sue us then?", () => expectFound('lecture', "Fine. Why don't you just sue us then?"));
  it('finds it in 哇,你等咗先二十分鐘就受不了?', () => expectFound('lecture', '哇,你等咗先二十分鐘就受不了?'));
  it('does not fire on 如果您想投诉,可以打这个电话,我帮您转给主管。', () => expectNotFound('lecture', '如果您想投诉,可以打这个电话,我帮您转给主管。'));
  it("does not fire on You can take it to the Consumer Council if you're not happy, and I'll give you the number.", () =>
    expectNotFound('lecture', "You can take it to the Consumer Council if you're not happy, and I'll give you the number."));
});
