// Cases in zh-Hant, zh-Hans and en for the rule in argue.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('argue', () => {
  it("finds it in 這不可能的,我們每天都有巡查。", () => expectFound('argue', "這不可能的,我們每天都有巡查。", "不可能"));
  it("finds it in 我绝对没说过这种话。", () => expectFound('argue', "我绝对没说过这种话。", "没说过"));
  it("finds it in That's impossible, we checked it yesterday.", () => expectFound('argue', "That's impossible, we checked it yesterday.", "impossible"));
  it("does not fire on 這並非不可能,我馬上查。", () => expectNotFound('argue', "這並非不可能,我馬上查。"));
  it("does not fire on It's not impossible, let me check.", () => expectNotFound('argue', "It's not impossible, let me check."));
  it('finds the contradiction after the words it contradicts: 您說的跟事實不符喔', () => expectFound('argue', '您說的跟事實不符喔', '跟事實不符'));
  it('does not fire inside a paraphrase: 也就是講,快遞顯示已簽收,但您根本沒收到貨。', () => expectNotFound('argue', '也就是講,快遞顯示已簽收,但您根本沒收到貨。'));
  it('does not fire on a quoted denial: 所以師傅跟您說我們沒有收過錢,對嗎?', () => expectNotFound('argue', '所以師傅跟您說我們沒有收過錢,對嗎?'));
  // lex15: a whole fault conceded beside a taunt is arguing by sarcasm; the same concession with an apology is sincere.
  it('finds a mock concession: 行行行,都是我们的错,您满意了吧', () => expectFound('argue', '行行行,都是我们的错,您满意了吧', '都是我们的错'));
  it('finds a mock concession in English: Sure, everything\'s our fault, happy now?', () => expectFound('argue', "Sure, everything's our fault, happy now?", "everything's our fault"));
  it('finds it in Cantonese with the taunt last: 係呀係呀,你最啱,我哋全世界都錯晒,得未?', () => expectFound('argue', '係呀係呀,你最啱,我哋全世界都錯晒,得未?'));
  it('does not fire on a sincere concession: 都是我們的錯,真的非常抱歉,我馬上幫您換', () => expectNotFound('argue', '都是我們的錯,真的非常抱歉,我馬上幫您換'));
  it("does not fire on a sincere concession in English: It's all our fault, I'm so sorry.", () => expectNotFound('argue', "It's all our fault, I'm so sorry."));

  // lex24 (issue 12): "so it's our fault after all?" beside a taunt, and the harm confessed as deliberate in mock, argue;
  // the same concession said sincerely does not.
  it('finds it in 哦,搞了半天原來又係我哋嘅錯?你真識講', () => expectFound('argue', '哦,搞了半天原來又係我哋嘅錯?你真識講'));
  it('finds it in 讲来讲去还是我们的责任咯,我们就是故意的嘛', () => expectFound('argue', '讲来讲去还是我们的责任咯,我们就是故意的嘛'));
  it("finds it in Oh, so it's our fault after all? Sure, we broke it on purpose.", () => expectFound('argue', "Oh, so it's our fault after all? Sure, we broke it on purpose."));
  it('does not fire on 原來都係我哋嘅錯,真係對唔住,我即刻幫你改', () => expectNotFound('argue', '原來都係我哋嘅錯,真係對唔住,我即刻幫你改'));
});
