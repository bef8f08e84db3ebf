// Cases in zh-Hant, zh-Hans and en for the rule in blame-colleague.ts; negatives are the look-alikes it must not fire on.
import { describe, it } from 'vitest';
import { expectFound, expectNotFound } from './rule-test-support.ts';

describe('blame_colleague', () => {
  it("finds it in 那個新來的同事根本不懂做事。", () => expectFound('blame_colleague', "那個新來的同事根本不懂做事。", "同事根本不懂"));
  it("finds it in 是前台小张没把您的报修单交上来。", () => expectFound('blame_colleague', "是前台小张没把您的报修单交上来。", "前台小张没"));
  it("finds it in It was the other shift who messed up, not me.", () => expectFound('blame_colleague', "It was the other shift who messed up, not me.", "other shift"));
  it("does not fire on 您是說前台同事很不耐煩,對嗎?", () => expectNotFound('blame_colleague', "您是說前台同事很不耐煩,對嗎?"));
  it("does not fire on My colleague will call you at 3 pm.", () => expectNotFound('blame_colleague', "My colleague will call you at 3 pm."));
  it("finds it in The girl on the front desk should never have told you that, she's clueless.", () => expectFound('blame_colleague', "The girl on the front desk should never have told you that, she's clueless."));
  it('finds it in 嗰個夜班保安成日瞓覺,根本唔做嘢。', () => expectFound('blame_colleague', '嗰個夜班保安成日瞓覺,根本唔做嘢。'));

  // lex13: self-defence that names who did it instead moves the blame to a colleague; exonerating the customer does not.
  it('finds it: 這不是我的錯,是前一班的同事登記錯了', () => expectFound('blame_colleague', '這不是我的錯,是前一班的同事登記錯了'));
  it('finds it: 唔關我事,係上一更嘅同事入錯單', () => expectFound('blame_colleague', '唔關我事,係上一更嘅同事入錯單'));
  it("finds it: its not my falut, the warehouse sent the wrong one", () => expectFound('blame_colleague', 'its not my falut, the warehouse sent the wrong one'));
  it('does not fire on 這不是您的錯,是我們沒跟進好,我先同您講聲對唔住', () => expectNotFound('blame_colleague', '這不是您的錯,是我們沒跟進好,我先同您講聲對唔住'));

  // scen15q (blind t15-33): a colleague's mistake told as what happened, with the fault owned as ours, explains it.
  it('does not fire on 订位的同事把两桌订单搞混了…是我们的错，不是您的问题', () =>
    expectNotFound('blame_colleague', '我先跟您说清楚怎么回事：订位的同事把两桌订单搞混了，蛋糕的单子也没录进系统。是我们的错，不是您的问题。'));
  it('still finds it when the fault is pushed away in the same reply: 不是我的错…是我们的错 is no ownership', () =>
    expectFound('blame_colleague', '这不是我的错，是前台同事把订单搞混了。是我们的错，行了吧。'));
});
