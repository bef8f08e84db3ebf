// Cases in zh-Hant, zh-Hans and en for the rule in ask-preference.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('ask_preference', () => {
  it("finds it in 您希望我們怎麼處理?", () => expectFound('ask_preference', "您希望我們怎麼處理?", "希望我們怎麼處理"));
  it("finds it in 换新还是退款,您更倾向哪一种?", () => expectFound('ask_preference', "换新还是退款,您更倾向哪一种?", "倾向哪"));
  it("finds it in How would you like us to resolve this?", () => expectFound('ask_preference', "How would you like us to resolve this?", "How would you like"));
  it("does not fire on 您希望幾點出門?", () => expectNotFound('ask_preference', "您希望幾點出門?"));
  it("does not fire on How is the leak now?", () => expectNotFound('ask_preference', "How is the leak now?"));
});
