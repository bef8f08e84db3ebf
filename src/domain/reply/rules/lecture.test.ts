// Cases in zh-Hant, zh-Hans and en for the rule in lecture.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('lecture', () => {
  it("finds it in 這種問題連小孩子都會。", () => expectFound('lecture', "這種問題連小孩子都會。", "連小孩子都會"));
  it("finds it in 你要知道,一分钱一分货。", () => expectFound('lecture', "你要知道,一分钱一分货。", "一分钱一分货"));
  it("finds it in Even a child could work this out.", () => expectFound('lecture', "Even a child could work this out.", "Even a child could"));
  it("does not fire on 我知道您很失望。", () => expectNotFound('lecture', "我知道您很失望。"));
  it("does not fire on I know this is disappointing.", () => expectNotFound('lecture', "I know this is disappointing."));
});
