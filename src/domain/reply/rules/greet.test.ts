// Cases in zh-Hant, zh-Hans and en for the rule in greet.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('greet', () => {
  it("finds it in 您好,海灣物業客戶服務中心,我是小陳,請問有什麼可以幫您?", () => expectFound('greet', "您好,海灣物業客戶服務中心,我是小陳,請問有什麼可以幫您?", "您好"));
  it("finds it in 早上好,物业管理处,我是小王,有什么可以帮您?", () => expectFound('greet', "早上好,物业管理处,我是小王,有什么可以帮您?", "我是小王"));
  it("finds it in Good morning, Harbour Properties, this is Ken speaking, how can I help?", () => expectFound('greet', "Good morning, Harbour Properties, this is Ken speaking, how can I help?", "Good morning"));
  it("does not fire on 您好。", () => expectNotFound('greet', "您好。"));
  it("does not fire on Hello?", () => expectNotFound('greet', "Hello?"));
  it("does not fire on 我是來幫您的。", () => expectNotFound('greet', "我是來幫您的。"));
  it('finds it after the customer\'s name: 王先生你好,德豐水泵廠客戶關係部,我係阿文。', () => expectFound('greet', '王先生你好,德豐水泵廠客戶關係部,我係阿文。'));
});
