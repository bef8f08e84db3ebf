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

  // lex24 (issue 12): a colleague blamed by role without a name, or by a name with the role — how badly the role did its
  // part, what it failed to tell her, that it never listens, that another shift handled it so nothing can be done, the
  // role typed in English inside Chinese. Owning the same slip as ours, or taking the matter over, is not blame.
  const byRole: [string, string][] = [
    ['之前幫你驗車嗰個技術員做得好求其', '做得好求其'],
    ['上次那位前台安排得太乱了,所以才订重复', '安排得太乱'],
    ['佢哋嗰班裝修師傅我講咗幾次都唔聽', '都唔聽'],
    ['这单是夜班的同事经手的,我这边不清楚', '经手的'],
    ['嗰晚當更嘅保安,佢根本冇同你講清楚', '冇同你講清楚'],
    ['櫃台那位是新人,系統還不太熟', '新人'],
    ['我哋個part-time真係好粗心', '粗心'],
    ['Sorry, the kitchen staff mixed your order up again.', 'mixed your order up'],
    ["It's the front office lot who cancelled your booking, not me.", 'who cancelled'],
    ["My colleague Tom clearly didn't log the fault.", "didn't log"],
  ];
  for (const [text, words] of byRole) it(`finds it by role in ${text}`, () => expectFound('blame_colleague', text, words));
  const notBlame = [
    '係我哋跟得唔好,今次我親自跟,星期四前覆你',
    '这单之前是别的同事处理的,现在由我接手,今晚前给您答复',
    "I mixed your order up, I'm so sorry, a new one is on its way.",
    '我们的staff今天下午会联系您确认时间',
    '我同你講咗幾次都唔聽,我都冇辦法',
  ];
  for (const text of notBlame) it(`does not fire on ${text}`, () => expectNotFound('blame_colleague', text));
});
