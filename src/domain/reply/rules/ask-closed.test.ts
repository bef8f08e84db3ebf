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
});
