import { describe, expect, it } from 'vitest';
import type { ReplyAnalysis } from '../reply/reply.types.ts';
import { reconcile } from './reconcile.ts';

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
