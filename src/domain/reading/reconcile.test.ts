import { describe, expect, it } from 'vitest';
import type { ReplyAnalysis } from '../reply/reply.types.ts';
import { reconcile } from './reconcile.ts';
import { classifyReply } from '../reply/classify.ts';

const analysis = (acts: ReplyAnalysis['acts'], evidence: [ReplyAnalysis['acts'][number], number, number][]): ReplyAnalysis => ({
  locale: 'en', acts, forbidden: [], evidence: evidence.map(([move, start, end]) => ({ move, rule: 't', start, end })),
});

describe('reconcile', () => {
  it('drops vague from a reply that offers a concrete remedy', () => {
    const a = reconcile(analysis(['propose_solution', 'take_ownership', 'vague'], [['propose_solution', 0, 10], ['vague', 20, 28], ['take_ownership', 20, 40]]));
    expect(a.acts).toEqual(['propose_solution', 'take_ownership']);
  });
  it('keeps vague when nothing concrete is offered', () => {
    expect(reconcile(analysis(['vague'], [['vague', 0, 5]])).acts).toEqual(['vague']);
  });
  it("treats the greeting's offer to help as part of the greeting (004)", () => {
    // "Good afternoon, … Karen speaking. How can I help you?"
    const a = reconcile(analysis(['greet', 'ask_closed'], [['greet', 0, 80], ['ask_closed', 70, 90]]));
    expect(a.acts).toEqual(['greet']);
  });
  it('keeps a real question that follows a greeting', () => {
    // "您好,我是管理處小陳。漏水是什麼時候開始的?"
    const a = reconcile(analysis(['greet', 'ask_open'], [['greet', 0, 5], ['ask_open', 11, 22]]));
    expect(a.acts).toEqual(['greet', 'ask_open']);
  });
});

describe('doubt that the remedy will work stays vague beside a follow-up (lex37)', () => {
  const read = (text: string) => reconcile(classifyReply(text)).acts;
  it('keeps vague when the follow-up doubts its own outcome, in three languages', () => {
    expect(read('我聽日三點前覆你,不過唔知得唔得解決。')).toEqual(expect.arrayContaining(['commit_followup', 'vague']));
    expect(read('我们今晚八点前回复您,但不确定能不能修好。')).toEqual(expect.arrayContaining(['commit_followup', 'vague']));
    expect(read("I'll call you back by five, but I'm not sure if we can fix it.")).toEqual(expect.arrayContaining(['commit_followup', 'vague']));
  });
  it('still drops a stray vague word beside a timed follow-up', () => {
    expect(read('我唔太清楚點解會咁,我聽日三點前覆你。')).not.toContain('vague');
  });
});

describe('a question typed on after a greeting without a stop (lex16)', () => {
  const read = (text: string) => reconcile(classifyReply(text)).acts;
  it('keeps the question after the greeting and the apology, in three languages', () => {
    expect(read('您好這裡是順達冷氣客服我是阿玲先跟您說聲抱歉請問冷氣是哪一天開始漏水的')).toEqual(expect.arrayContaining(['greet', 'apologize', 'ask_open']));
    expect(read('你好我係物業管理處嘅阿芬唔好意思令你久等咗想問下你單位係邊度漏水')).toEqual(expect.arrayContaining(['greet', 'ask_open']));
    expect(read('您好这里是安心家电售后我是小王非常抱歉给您添麻烦了您能说说洗衣机具体是什么情况吗')).toEqual(expect.arrayContaining(['greet', 'ask_open']));
    expect(read('hi this is Dana from Harbourview Property Management so sorry about the leak can you tell me when you first noticed it')).toEqual(expect.arrayContaining(['greet', 'ask_open']));
    expect(read('hi this is Tom from Acme Repairs sorry about that is the boiler still off')).toEqual(expect.arrayContaining(['greet', 'ask_closed']));
  });
  it('still reads the offer of help that closes a greeting as the greeting', () => {
    expect(read('您好這裡是順達冷氣客服我是阿玲有什麼可以幫到您')).not.toContain('ask_open');
    expect(read('hi this is Dana from Harbourview how can I help you today')).not.toContain('ask_open');
  });
});
