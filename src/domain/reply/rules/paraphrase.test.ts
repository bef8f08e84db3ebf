// Cases in zh-Hant, zh-Hans and en for the rule in paraphrase.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('paraphrase', () => {
  it("finds it in 如果我沒理解錯,您是說師傅兩次都沒來?", () => expectFound('paraphrase', "如果我沒理解錯,您是說師傅兩次都沒來?", "如果我沒理解錯"));
  it("finds it in 也就是说,您已经报修两次了,对吗?", () => expectFound('paraphrase', "也就是说,您已经报修两次了,对吗?", "也就是说"));
  it("finds it in Just to confirm, the lift has been out since Monday?", () => expectFound('paraphrase', "Just to confirm, the lift has been out since Monday?", "Just to confirm"));
  it("does not fire on 你說什麼?", () => expectNotFound('paraphrase', "你說什麼?"));
  it("does not fire on What did you say?", () => expectNotFound('paraphrase', "What did you say?"));
});
