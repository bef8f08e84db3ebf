// Cases in zh-Hant, zh-Hans and en for the rule in refuse.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('refuse', () => {
  it("finds it in 不行,沒有收據就不能退。", () => expectFound('refuse', "不行,沒有收據就不能退。", "不行"));
  it("finds it in 没办法,这个不能退。", () => expectFound('refuse', "没办法,这个不能退。", "不能退"));
  it("finds it in We can't refund that.", () => expectFound('refuse', "We can't refund that.", "refund"));
  it("does not fire on 可不可以給我您的電話?", () => expectNotFound('refuse', "可不可以給我您的電話?"));
  it("does not fire on 不能让您白跑一趟,我马上处理。", () => expectNotFound('refuse', "不能让您白跑一趟,我马上处理。"));
  it("does not fire on We can't let this happen again.", () => expectNotFound('refuse', "We can't let this happen again."));
});
