// Cases in zh-Hant, zh-Hans and en for the rule in take-ownership.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('take_ownership', () => {
  it("finds it in 這件事由我跟進到底。", () => expectFound('take_ownership', "這件事由我跟進到底。", "由我跟進"));
  it("finds it in 您放心,交给我,我负责到底。", () => expectFound('take_ownership', "您放心,交给我,我负责到底。", "交给我"));
  it("finds it in Leave it with me, I'll see this through personally.", () => expectFound('take_ownership', "Leave it with me, I'll see this through personally.", "Leave it with me"));
  it("does not fire on 這不歸我管。", () => expectNotFound('take_ownership', "這不歸我管。"));
  it("does not fire on That's not my job.", () => expectNotFound('take_ownership', "That's not my job."));
});
