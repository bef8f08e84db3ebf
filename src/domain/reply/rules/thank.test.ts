// Cases in zh-Hant, zh-Hans and en for the rule in thank.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('thank', () => {
  it("finds it in 多謝您提醒我們。", () => expectFound('thank', "多謝您提醒我們。", "多謝"));
  it("finds it in 谢谢您的耐心等待。", () => expectFound('thank', "谢谢您的耐心等待。", "谢谢"));
  it("finds it in Thank you for flagging this.", () => expectFound('thank', "Thank you for flagging this.", "Thank you"));
  it("does not fire on 不用客氣。", () => expectNotFound('thank', "不用客氣。"));
  it("does not fire on 不用谢。", () => expectNotFound('thank', "不用谢。"));
  it("does not fire on No thanks needed, it's my job.", () => expectNotFound('thank', "No thanks needed, it's my job."));
  it('does not fire on thanks retold in quotes', () => expectNotFound('thank', "'Thanks for your patience' is what the recording keeps saying, I know."));
  it('does not fire on thanks that brush the customer off: 唔該，下一位', () => expectNotFound('thank', '唔該，下一位'));
  it('finds it in British ta: ta for the order number', () => expectFound('thank', "ta for the order number, that's perfect"));
});
