// Cases in zh-Hant, zh-Hans and en for the rule in dismiss-emotion.ts; negatives are the look-alikes it must not fire on.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('dismiss_emotion', () => {
  it("finds it in 你別激動。", () => expectFound('dismiss_emotion', "你別激動。", "別激動"));
  it("finds it in 你冷静一点,有话好好说。", () => expectFound('dismiss_emotion', "你冷静一点,有话好好说。", "冷静一点"));
  it("finds it in Calm down, it's not a big deal.", () => expectFound('dismiss_emotion', "Calm down, it's not a big deal.", "Calm down"));
  it("does not fire on 我明白您現在很激動,換作是我也會。", () => expectNotFound('dismiss_emotion', "我明白您現在很激動,換作是我也會。"));
  it("does not fire on 别担心,我马上处理。", () => expectNotFound('dismiss_emotion', "别担心,我马上处理。"));
  it("does not fire on Don't worry, I'll sort it.", () => expectNotFound('dismiss_emotion', "Don't worry, I'll sort it."));
  it('does not fire on 我唔會叫你冷靜,你有權嬲。', () => expectNotFound('dismiss_emotion', '我唔會叫你冷靜,你有權嬲。'));
  it('finds it in 你唔好嗌啦,成個大堂都聽到。', () => expectFound('dismiss_emotion', '你唔好嗌啦,成個大堂都聽到。', '唔好嗌'));
  it('finds it in Cantonese 你唔好咁激動', () => expectFound('dismiss_emotion', '你唔好咁激動'));
  // lex12: a closing taunt ends the complaint — it dismisses the feeling as well as mocking it.
  it('reads a closing taunt as dismissal: 咁得未? / 行了吧? / happy now?', () => {
    for (const text of ['好啦好啦,你最啱,咁得未?', '对对对,都是我们的错,行了吧?', "Yes, yes, we're the worst company in the world, happy now?"]) {
      expect(classifyReply(text).acts, text).toEqual(expect.arrayContaining(['dismiss_emotion', 'lecture']));
    }
  });
  // lex29 (blind27, blind28, harm25 — three writers, both labellers): 你講嘢細聲啲 opens on 你講 ("you said") but tells
  // her how to speak; someone else's request retold (佢叫你講嘢細聲啲?) is still a retelling.
  it.each(['你講嘢細聲啲得唔得,後面排緊隊', '你说话小声点行不行,这里是诊所', '你說話小聲一點好不好'])('finds her voice policed after 你講: %s', (text) =>
    expectFound('dismiss_emotion', text));
  it('does not fire on a retold request: 你話保安叫你講嘢細聲啲?', () => expectNotFound('dismiss_emotion', '你話保安叫你講嘢細聲啲?'));
});
