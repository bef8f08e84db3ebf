// Cases in zh-Hant, zh-Hans and en for the rule in premature-liability.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('premature_liability', () => {
  it("finds it in 都是我們的錯,要賠多少都行。", () => expectFound('premature_liability', "都是我們的錯,要賠多少都行。", "都是我們的錯"));
  it("finds it in 我们全部负责,您说赔多少就赔多少。", () => expectFound('premature_liability', "我们全部负责,您说赔多少就赔多少。", "全部负责"));
  it("finds it in It's entirely our fault, we'll pay for everything.", () => expectFound('premature_liability', "It's entirely our fault, we'll pay for everything.", "entirely our fault"));
  it("does not fire on 非常抱歉,我們先查清楚原因再跟您商量賠償。", () => expectNotFound('premature_liability', "非常抱歉,我們先查清楚原因再跟您商量賠償。"));
  it("does not fire on I'm sorry; once we know the cause we'll discuss compensation.", () => expectNotFound('premature_liability', "I'm sorry; once we know the cause we'll discuss compensation."));
});
