// Cases in zh-Hant, zh-Hans and en for the rule in acknowledge.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('acknowledge', () => {
  it("finds it in 嗯,您慢慢說,我在聽。", () => expectFound('acknowledge', "嗯,您慢慢說,我在聽。", "我在聽"));
  it("finds it in 然后呢?您继续讲。", () => expectFound('acknowledge', "然后呢?您继续讲。", "然后呢"));
  it("finds it in Mm-hm, please go on.", () => expectFound('acknowledge', "Mm-hm, please go on.", "go on"));
  it("does not fire on 快點說重點。", () => expectNotFound('acknowledge', "快點說重點。"));
  it("does not fire on Yeah, yeah, I get it. Anything else?", () => expectNotFound('acknowledge', "Yeah, yeah, I get it. Anything else?"));
  // A spaced dash ends a clause like a comma.
  it('finds it in Got it. Carry on - what did they say next?', () => expectFound('acknowledge', 'Got it. Carry on - what did they say next?', 'Carry on'));
  // A filler that opens a brush-off is not listening (docs/training-model.md#wrong-behaviours).
  it('does not fire on 嗯,我不太清楚,唔關我事。', () => expectNotFound('acknowledge', '嗯,我不太清楚,唔關我事。'));
});
