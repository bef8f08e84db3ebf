// lex36 (issue 12; blind39's agreed misses and today's play-through): negation scope — a send-off, a fault or a denial
// the trainee says they will not make is not made (唔會再轉你去其他部門, 我唔會話係你搞錯, 'I can't say it's impossible'),
// unless a 不過/但 clause then makes it anyway; a how-much question (有多嚴重, 有幾大) is open. Own wordings in three languages.
import { describe, expect, it } from 'vitest';
import { classifyReply } from './classify.ts';

const acts = (t: string) => classifyReply(t).acts;

describe('lex36: negation scope', () => {
  it.each([
    ['唔會再轉你去其他部門，我自己跟', 'deflect'],
    ['我不会再把您转给别的部门了', 'deflect'],
    ["I won't pass you to another department, I'll see it through.", 'deflect'],
    ['我唔會話係你搞錯，等我睇下張單', 'blame_customer'],
    ['我不是说您弄错了，我们一起看一下记录', 'blame_customer'],
    ["I'm not saying you got it wrong, let's check the record together.", 'blame_customer'],
    ["I can't say that's impossible, let me look into it", 'argue'],
    ['我不敢講呢個冇可能，我幫你查', 'argue'],
  ])('%s is no %s', (text, move) => {
    expect(acts(text)).not.toContain(move);
  });

  it.each([
    ['你去問工程部啦，唔關我哋事', 'deflect'],
    ['我不是说是您的错，不过您确实没按说明书操作', 'blame_customer'],
    ["That's impossible.", 'argue'],
  ])('%s is still %s', (text, move) => {
    expect(acts(text)).toContain(move);
  });
});

describe('lex36: a how-much question is open', () => {
  it.each(['请问漏水现在有多严重？', '個裂痕有幾大？', '您的手伤得有多厉害?'])('%s', (text) => {
    expect(acts(text)).toContain('ask_open');
    expect(acts(text)).not.toContain('ask_closed');
  });

  it('a how-busy taunt stays no question', () => {
    expect(acts('你知道我们有多忙吗?')).not.toContain('ask_open');
  });
});

describe('lex36: thanks for the lesson, mocked', () => {
  it.each(['真係多謝晒你嘅指教呀', '实在感谢您的教导哦', 'Thanks a lot for the lecture.', 'thank you so much for teaching me my job'])('%s', (text) => {
    expect(acts(text)).toContain('lecture');
    expect(acts(text)).not.toContain('thank');
  });

  it.each(['謝謝您的指教，我會轉告主管。', 'Thank you for explaining it again, I have it now.'])('%s stays thanks', (text) => {
    expect(acts(text)).toContain('thank');
    expect(acts(text)).not.toContain('lecture');
  });
});
