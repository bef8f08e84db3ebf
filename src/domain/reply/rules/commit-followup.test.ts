// Cases in zh-Hant, zh-Hans and en for the rule in commit-followup.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('commit_followup', () => {
  it("finds it in 明天中午前我親自回電給您。", () => expectFound('commit_followup', "明天中午前我親自回電給您。", "回電"));
  it("finds it in 后天上午我会打电话回访。", () => expectFound('commit_followup', "后天上午我会打电话回访。", "回访"));
  it("finds it in I'll call you back by 5 pm today.", () => expectFound('commit_followup', "I'll call you back by 5 pm today.", "call you"));
  it("does not fire on 改天再聯繫您。", () => expectNotFound('commit_followup', "改天再聯繫您。"));
  it("does not fire on We'll get back to you sometime.", () => expectNotFound('commit_followup', "We'll get back to you sometime."));
  it('does not fire on a restated broken promise: So, to confirm: you were promised a call back that afternoon; have I got that right?', () =>
    expectNotFound('commit_followup', 'So, to confirm: you called on Monday; you were promised a call back that afternoon — have I got that right?'));
  it('does not fire on 我確認一下:上星期一打嚟;同事話當日下晝回電但冇覆,係咪咁?', () => expectNotFound('commit_followup', '我確認一下:上星期一打嚟;同事話當日下晝回電但冇覆,係咪咁?'));
});
