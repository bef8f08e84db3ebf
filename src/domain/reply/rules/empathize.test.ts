// Cases in zh-Hant, zh-Hans and en for the rule in empathize.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('empathize', () => {
  it("finds it in 換作是我也會生氣。", () => expectFound('empathize', "換作是我也會生氣。", "換作是我也會"));
  it("finds it in 被推来推去确实让人很窝火。", () => expectFound('empathize', "被推来推去确实让人很窝火。", "确实让人很窝火"));
  it("finds it in I can see why you're upset.", () => expectFound('empathize', "I can see why you're upset.", "I can see why"));
  it("does not fire on 你要理解我們的難處。", () => expectNotFound('empathize', "你要理解我們的難處。"));
  it("does not fire on I don't understand why you're complaining.", () => expectNotFound('empathize', "I don't understand why you're complaining."));
});
