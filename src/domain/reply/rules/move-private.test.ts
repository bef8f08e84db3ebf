// Cases in zh-Hant, zh-Hans and en for the rule in move-private.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('move_private', () => {
  it("finds it in 大堂人多,我們到會客室坐下慢慢談。", () => expectFound('move_private', "大堂人多,我們到會客室坐下慢慢談。", "會客室"));
  it("finds it in 我们到会议室坐一下,这里太吵了。", () => expectFound('move_private', "我们到会议室坐一下,这里太吵了。", "会议室"));
  it("finds it in Shall we step into my office where it's quieter?", () => expectFound('move_private', "Shall we step into my office where it's quieter?", "step into my office"));
  it("does not fire on 請在大堂排隊。", () => expectNotFound('move_private', "請在大堂排隊。"));
  it("does not fire on Please wait at the counter.", () => expectNotFound('move_private', "Please wait at the counter."));
  // scen15t (probe p15t-02, noticed in t20): a place found for her things is where they go, not a room to talk in.
  it('does not fire on 帮您在一楼大堂旁边找一个安全的地方放婴儿车', () => expectNotFound('move_private', '我这边帮您在一楼大堂旁边找一个安全的地方放婴儿车，早上下楼顺手就能推走。'));
  it('does not fire on 我幫你搵個大堂雜物房擺架車', () => expectNotFound('move_private', '我幫你搵個大堂雜物房擺架車。'));
  it('does not fire on 搵個地方擺架BB車', () => expectNotFound('move_private', '我哋搵個地方擺架BB車先。'));
  it('still finds 我们找个安静的地方坐下慢慢说', () => expectFound('move_private', '我们找个安静的地方坐下慢慢说。', '找个安静的地方'));
  it("still finds it in English: Let's find a quiet room to talk", () => expectFound('move_private', "Let's find a quiet room where we can talk.", 'find a quiet'));
});
