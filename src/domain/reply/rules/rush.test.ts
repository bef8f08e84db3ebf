// Cases in zh-Hant, zh-Hans and en for the rule in rush.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('rush', () => {
  it("finds it in 快點說,後面還有人排隊。", () => expectFound('rush', "快點說,後面還有人排隊。", "快點"));
  it("finds it in 别打扰我,我正忙着呢。", () => expectFound('rush', "别打扰我,我正忙着呢。", "别打扰我"));
  it("finds it in Hurry up, I haven't got all day.", () => expectFound('rush', "Hurry up, I haven't got all day.", "Hurry up"));
  it("does not fire on 請稍等,我馬上回來。", () => expectNotFound('rush', "請稍等,我馬上回來。"));
  it("does not fire on 您慢慢说,不着急。", () => expectNotFound('rush', "您慢慢说,不着急。"));
  it("does not fire on Take your time.", () => expectNotFound('rush', "Take your time."));
  // Issue 12: 得唔得閒 / 有冇空 asks whether the customer is free; only the trainee's 唔得閒 rushes.
  it('does not fire on 師傅聽日朝早上嚟,你得唔得閒', () => expectNotFound('rush', '師傅聽日朝早上嚟,你得唔得閒'));
  it('does not fire on 技术员明早九点到,您有没有空', () => expectNotFound('rush', '技术员明早九点到,您有没有空'));
  it('still fires on 我而家唔得閒,你遲啲再打嚟', () => expectFound('rush', '我而家唔得閒,你遲啲再打嚟'));
});
