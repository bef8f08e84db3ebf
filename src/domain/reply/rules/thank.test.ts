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

  describe('thanks for understanding after a refusal or policy close the door (polite harm)', () => {
    it('en: "We can\'t refund opened items, thank you for your understanding."', () => expectNotFound('thank', "We can't refund opened items, thank you for your understanding."));
    it('yue: 公司規定拆咗封就唔可以退，多謝你嘅體諒', () => expectNotFound('thank', '公司規定拆咗封就唔可以退，多謝你嘅體諒'));
    it('zh-Hant: 這部分我們無法處理，謝謝您的理解', () => expectNotFound('thank', '這部分我們無法處理，謝謝您的理解'));
    it('zh-Hans: 按照规定这个不能退，感谢您的理解', () => expectNotFound('thank', '按照规定这个不能退，感谢您的理解'));
    it('still thanks for patience before a refusal: 我哋好多謝你嘅耐性 不過暫時真係無能為力', () => expectFound('thank', '我哋好多謝你嘅耐性 不過暫時真係無能為力'));
    it('still thanks for understanding where nothing was refused', () => expectFound('thank', '谢谢您的理解，我这边马上安排师傅上门。', '谢谢'));
  });
  // lex12: thanking for the call is thanks, also when the greeting runs on without punctuation (every labelled set says so).
  it('en: thank you for calling city water this is amy how can i help', () => expectFound('thank', 'thank you for calling city water this is amy how can i help', 'thank you'));
  it('zh-Hant: 多謝你打嚟順達熱線 我係阿May 有咩可以幫到你', () => expectFound('thank', '多謝你打嚟順達熱線 我係阿May 有咩可以幫到你'));
  it('zh-Hans: 感谢您致电顺达客服 我是小周 请问有什么可以帮您', () => expectFound('thank', '感谢您致电顺达客服 我是小周 请问有什么可以帮您'));
  // lex15: thanks for scolding, or for complaining at an hour, are mockery; thanks for telling us stay thanks.
  it('zh-Hans: 谢谢您百忙之中抽空来骂我们啊', () => expectNotFound('thank', '谢谢您百忙之中抽空来骂我们啊'));
  it('zh-Hant: 好多謝你咁大清早打嚟投訴呀', () => expectNotFound('thank', '好多謝你咁大清早打嚟投訴呀,真係好開心呢'));
  it('en: Thank you for taking time out of your busy day to yell at us', () => expectNotFound('thank', 'Thank you for taking time out of your busy day to yell at us'));
  it('still thanks: 感谢您百忙之中抽空告诉我们这件事', () => expectFound('thank', '感谢您百忙之中抽空告诉我们这件事'));
  // lex18: thanks with what they are for stay thanks when a lecture follows in a later clause; a bare thanks opening a
  // put-down, or thanks counting the complaints against the customer, do not.
  it('yue: 多謝你嘅意見,不過你應該先睇清楚條款', () => expectFound('thank', '多謝你嘅意見,不過你應該先睇清楚條款。'));
  it('zh-Hans: 谢谢您的耐心,不过您应该提前预约的', () => expectFound('thank', '谢谢您的耐心,不过您应该提前预约的。'));
  it('en: Thanks for your feedback, but you should have checked the size chart', () => expectFound('thank', 'Thanks for your feedback, but you should have checked the size chart.'));
  it('zh-Hant: 多謝你咁有耐性打嚟第五次投訴喎 (mockery)', () => expectNotFound('thank', '多謝你咁有耐性打嚟第五次投訴喎'));
  it('zh-Hans: 哇,那可真是太感谢您的宝贵意见了 (mockery)', () => expectNotFound('thank', '哇,那可真是太感谢您的宝贵意见了'));
});
