// lex33 (issue 12): the rush vetoes keep the real hurry — 'Next!' and 下一位！ still rush her; 'Next, I will…' and
// 下一位就是您 do not.
import { describe, expect, it } from 'vitest';
import { classifyReply } from './classify.ts';

const acts = (t: string) => classifyReply(t).acts;

describe('lex33: next as an order of steps or her own turn is no rush', () => {
  it.each(['Next!', 'ok, next please.', '下一位！', '講完未呀?下一位。', '知道了，還有別的嗎？'])('still rush: %s', (t) => {
    expect(acts(t)).toContain('rush');
  });
  it.each(['Next, I will ring the depot and call you back by 4pm.', '我幫您排前面，下一位就是您。', '您還有別的地方不滿意嗎？我一併幫您處理。'])('no rush: %s', (t) => {
    expect(acts(t)).not.toContain('rush');
  });
});
