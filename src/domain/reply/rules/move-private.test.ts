// Cases in zh-Hant, zh-Hans and en for the rule in move-private.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('move_private', () => {
  it("finds it in 大堂人多,我們到會客室坐下慢慢談。", () => expectFound('move_private', "大堂人多,我們到會客室坐下慢慢談。", "會客室"));
  it("finds it in 我们到会议室坐一下,这里太吵了。", () => expectFound('move_private', "我们到会议室坐一下,这里太吵了。", "会议室"));
  it("finds it in Shall we step into my office where it's quieter?", () => expectFound('move_private', "Shall we step into my office where it's quieter?", "step into my office"));
  it("does not fire on 請在大堂排隊。", () => expectNotFound('move_private', "請在大堂排隊。"));
  it("does not fire on Please wait at the counter.", () => expectNotFound('move_private', "Please wait at the counter."));
});
