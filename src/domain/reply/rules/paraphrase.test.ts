// Cases in zh-Hant, zh-Hans and en for the rule in paraphrase.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('paraphrase', () => {
  it("finds it in 如果我沒理解錯,您是說師傅兩次都沒來?", () => expectFound('paraphrase', "如果我沒理解錯,您是說師傅兩次都沒來?", "如果我沒理解錯"));
  it("finds it in 也就是说,您已经报修两次了,对吗?", () => expectFound('paraphrase', "也就是说,您已经报修两次了,对吗?", "也就是说"));
  it("finds it in Just to confirm, the lift has been out since Monday?", () => expectFound('paraphrase', "Just to confirm, the lift has been out since Monday?", "Just to confirm"));
  it("does not fire on 你說什麼?", () => expectNotFound('paraphrase', "你說什麼?"));
  it("does not fire on What did you say?", () => expectNotFound('paraphrase', "What did you say?"));
  it("finds it in The guy at the front desk just told you 'that's company policy'?", () => expectFound('paraphrase', "The guy at the front desk just told you 'that's company policy'?"));
  it('does not fire on Has anyone told you when the engineer will come?', () => expectNotFound('paraphrase', 'Has anyone told you when the engineer will come?'));
  it('finds it in 所以管理處話係工程部嘅事,工程部又話要搵返管理處,係咪咁?', () => expectFound('paraphrase', '所以管理處話係工程部嘅事,工程部又話要搵返管理處,係咪咁?'));
});
