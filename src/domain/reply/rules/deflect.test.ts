// Cases in zh-Hant, zh-Hans and en for the rule in deflect.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('deflect', () => {
  it("finds it in 你要去財務部,這不是我們的事。", () => expectFound('deflect', "你要去財務部,這不是我們的事。", "財務部"));
  it("finds it in 这个不归我们管,你找厂家吧。", () => expectFound('deflect', "这个不归我们管,你找厂家吧。", "不归我们管"));
  it("finds it in That's not our department, you need to call the manufacturer.", () => expectFound('deflect', "That's not our department, you need to call the manufacturer.", "not our department"));
  it("does not fire on 您說維修部說是工程部的事,對嗎?", () => expectNotFound('deflect', "您說維修部說是工程部的事,對嗎?"));
  it("does not fire on So sales told you to call engineering, and engineering sent you back?", () => expectNotFound('deflect', "So sales told you to call engineering, and engineering sent you back?"));
  it("does not fire on 我幫您聯絡工程部。", () => expectNotFound('deflect', "我幫您聯絡工程部。"));
});
