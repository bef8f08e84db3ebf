// Cases in zh-Hant, zh-Hans and en for the rule in argue.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('argue', () => {
  it("finds it in 這不可能的,我們每天都有巡查。", () => expectFound('argue', "這不可能的,我們每天都有巡查。", "不可能"));
  it("finds it in 我绝对没说过这种话。", () => expectFound('argue', "我绝对没说过这种话。", "没说过"));
  it("finds it in That's impossible, we checked it yesterday.", () => expectFound('argue', "That's impossible, we checked it yesterday.", "impossible"));
  it("does not fire on 這並非不可能,我馬上查。", () => expectNotFound('argue', "這並非不可能,我馬上查。"));
  it("does not fire on It's not impossible, let me check.", () => expectNotFound('argue', "It's not impossible, let me check."));
});
