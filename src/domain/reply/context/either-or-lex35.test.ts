// lex35 (issue 12; blind38 b38-112): the bare verbs asked as the whole choice (退還是換?, 要修定換?) hand her the choice
// between remedies; 退 and 換 inside other words (退休, 換工作) are no remedy.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';

const acts = (t: string) => classifyReply(t).acts;

describe('lex35: a choice of bare remedy verbs', () => {
  it.each(['修還是換？', '要退定換？', '退货呢，还是换？'])('%s asks her preference', (text) => {
    expect(acts(text)).toContain('ask_preference');
  });

  it.each(['你退休還是換工作？', '佢換咗定未？'])('leaves %s alone', (text) => {
    expect(acts(text)).not.toContain('ask_preference');
  });
});
