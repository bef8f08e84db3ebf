// lex35 (issue 12; blind34 w012, blind35 x133 — two writers, left by lex33 and lex34): a note taken of her case with a
// put-off until there is news in the same sentence (登記一下，回頭有消息再聯繫您; 'I will log it and get back to you when we
// hear something') is no remedy, so the put-off reads as vague; a note with a time to call back, or a note of what will
// be done, keeps its remedy and is not vague.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';
import { reconcile } from '../../reading/reconcile.ts';

const acts = (t: string) => reconcile(classifyReply(t)).acts;

describe('lex35: a note with a put-off is no remedy', () => {
  it.each([
    '我先幫您登記一下，有消息再通知您。',
    '我幫你登記低，遲啲有結果再覆你。',
    '这边先给您登记下，回头有进展再联系您。',
    'I will log it for you and get back to you when we hear something.',
  ])('%s', (text) => {
    expect(acts(text)).toContain('vague');
    expect(acts(text)).not.toContain('propose_solution');
  });

  it.each([
    '我先給您登記一下，明天上午十點前給您回電話。',
    '我幫您登記換貨，週五之前寄到府上。',
    'I will log it for you and call you back by 5 today.',
    'I will log the fault and send an engineer tomorrow morning.',
  ])('keeps the remedy in %s', (text) => {
    expect(acts(text)).not.toContain('vague');
  });
});
