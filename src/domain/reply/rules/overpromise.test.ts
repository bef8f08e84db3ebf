// Cases in zh-Hant, zh-Hans and en for the rule in overpromise.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('overpromise', () => {
  it("finds it in 我保證絕對不會再發生。", () => expectFound('overpromise', "我保證絕對不會再發生。", "保證"));
  it("finds it in 我保证下个星期一定全部修好,绝对没问题。", () => expectFound('overpromise', "我保证下个星期一定全部修好,绝对没问题。", "保证"));
  it("finds it in I guarantee nothing like this will ever happen again.", () => expectFound('overpromise', "I guarantee nothing like this will ever happen again.", "guarantee"));
  it("does not fire on 我不能保證一次修好,但今晚先止漏。", () => expectNotFound('overpromise', "我不能保證一次修好,但今晚先止漏。"));
  it("does not fire on I can't guarantee it, but we'll seal it tonight.", () => expectNotFound('overpromise', "I can't guarantee it, but we'll seal it tonight."));
  it("does not fire on I can't promise it'll never happen again, but we're adding an inspection.", () => expectNotFound('overpromise', "I can't promise it'll never happen again, but we're adding an inspection."));
  it('does not fire on 我不敢跟您打包票說以後永遠不會漏水。', () => expectNotFound('overpromise', '我不敢跟您打包票說以後永遠不會漏水。'));
  it('finds it in 我向您保證,以後一百年都不會再停水。', () => expectFound('overpromise', '我向您保證,以後一百年都不會再停水。'));
});
