// Either-or offers of remedies propose them and hand the choice to the customer, in all four varieties.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';

const acts = (t: string) => classifyReply(t).acts;
const eitherOr = (t: string) => classifyReply(t).evidence.filter((e) => e.rule.endsWith('/either-or'));

describe('an either-or between remedies', () => {
  it('asked: proposes, asks preference and asks closed (en, yue, zh-Hant, zh-Hans)', () => {
    for (const t of ['Do you want the technician tomorrow morning or Friday afternoon?', '你想退錢定係換過部新嘅？', '您要退款還是換一台新的呢？', '给您补发一个新的或者退款都可以，您看哪个方便']) {
      expect(acts(t), t).toEqual(expect.arrayContaining(['propose_solution', 'ask_preference', 'ask_closed']));
    }
  });

  it('left to the customer without a question: proposes and asks preference', () => {
    expect(acts('退款定換貨你揀啦')).toEqual(expect.arrayContaining(['propose_solution', 'ask_preference']));
    expect(acts('refund or exchange, up to you')).toEqual(expect.arrayContaining(['propose_solution', 'ask_preference']));
  });

  it('does not propose alternatives that are refused or retold', () => {
    // (換貨 alone may still read as a remedy word; the choice itself must not be offered.)
    for (const t of ['按照規定我們不能退款或者換貨', "we can't refund or exchange opened items", 'he said they told you a refund or a replacement would come last week']) {
      expect(eitherOr(t), t).toEqual([]);
    }
  });

  it('listed one by one and then asked which: proposes them and asks preference (blind t13-11; en, yue, zh-Hans)', () => {
    for (const t of [
      'Two options: 1) an identical nut-free mango cake from our Tai Koo branch, at your door by 4:35. 2) Someone nearby collects it at Tai Koo branch, ready in 10 minutes. Which one?',
      'Option A: we send a new cake by 4:30. Option B: a full refund today. Which would you prefer?',
      '有兩個方法：一、太古分店專車送一個一模一樣嘅，四點半前到；二、你搵人過嚟自取，十分鐘有得攞。你想要邊個？',
      '方案①：专车四点半前送到；方案②：您派人来拿，十分钟就好。您看哪个好？',
    ]) {
      expect(eitherOr(t).map((e) => e.move), t).toEqual(expect.arrayContaining(['propose_solution', 'ask_preference']));
    }
  });

  it('does not offer a numbered list of questions, or options listed with nothing asked', () => {
    expect(eitherOr('Two questions: 1) what is the order number? 2) what time is the party? Which one can you answer first?')).toEqual([]);
    expect(eitherOr('Two things happened: 1) the van broke down at 2. 2) nobody called you by 3.')).toEqual([]);
    expect(eitherOr("1) we can't refund it today. 2) we can't send a new one by 5. Which part is unclear?")).toEqual([]);
  });

  it('does not read 一定 as an either-or 定', () => {
    expect(acts('我一定幫你跟進到底')).not.toContain('ask_preference');
  });
});

// lex31 (blind29 u011, blind30 u011 — two writers): the choice closed by which suits her (您看明天上午還是下午方便), typed
// without a question mark, asks it; the same choice stated as what we can do does not.
describe('an either-or closed by which suits her (lex31)', () => {
  it('asks in 我先幫您登記上門維修,您看明天上午還是下午方便', () => expect(acts('我先幫您登記上門維修,您看明天上午還是下午方便')).toContain('ask_closed'));
  it('asks in 我先给您安排师傅上门,您看周六还是周日比较合适', () => expect(acts('我先给您安排师傅上门,您看周六还是周日比较合适')).toContain('ask_closed'));
  it('does not ask in 我可以安排明天上午还是下午上门,都可以', () => expect(acts('我可以安排明天上午还是下午上门,都可以')).not.toContain('ask_closed'));
});
