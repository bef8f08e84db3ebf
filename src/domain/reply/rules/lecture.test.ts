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
});
