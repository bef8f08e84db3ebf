// Cases in zh-Hant, zh-Hans and en for the rule in vague.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('vague', () => {
  it("finds it in 嗯,我不太清楚。", () => expectFound('vague', "嗯,我不太清楚。", "我不太清楚"));
  it("finds it in 改天再联系你吧。", () => expectFound('vague', "改天再联系你吧。", "改天再联系"));
  it("finds it in I don't know, we'll see.", () => expectFound('vague', "I don't know, we'll see.", "know"));
  it("does not fire on 我不太清楚,但我可以馬上幫您查。", () => expectNotFound('vague', "我不太清楚,但我可以馬上幫您查。"));
  it("does not fire on I'm not sure, but I can find out for you right now.", () => expectNotFound('vague', "I'm not sure, but I can find out for you right now."));
});
