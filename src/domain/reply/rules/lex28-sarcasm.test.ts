// lex28 (issue 12, blind29): sarcasm by structure in three languages — mock praise, mock luck, mock thanks, mock surrender,
// "and I'm the Queen of England". Wordings written for this test, not taken from a labelled set.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';

const acts = (t: string) => classifyReply(t).acts;

describe('sarcasm read as lecture (and blame or argue where it says so)', () => {
  it('reads a mock surrender that quotes her, with a taunt after it, as the trainee mocking — not as her words retold', () => {
    expect(acts('行啦行啦,您說的全部都對,都係我哋錯,得未?')).toContain('lecture');
    expect(acts('好吧,你说的都对,全是我们的错,满意了吧')).toContain('lecture');
    expect(acts('您說的都對,是我們疏忽了,真的很抱歉')).not.toContain('lecture');
  });

  it('reads mock praise for breaking it and mock thanks for coming late as blame, and the thanks as no thanks', () => {
    expect(acts('噉都可以跌爛,你真係好本事喎')).toEqual(expect.arrayContaining(['lecture', 'blame_customer']));
    const late = acts('谢谢您三点才来赴两点的预约,真是准时');
    expect(late).toEqual(expect.arrayContaining(['lecture', 'blame_customer']));
    expect(late).not.toContain('thank');
    expect(acts('Congratulations, you have somehow managed to crack a tempered glass door.')).toEqual(expect.arrayContaining(['lecture', 'blame_customer']));
  });

  it("reads her account mocked as absurd ('and I'm the King of Spain', 我仲係秦始皇添) as argue and lecture", () => {
    expect(acts("Right, and I'm the King of Spain. The technician was there at nine.")).toEqual(expect.arrayContaining(['argue', 'lecture']));
    expect(acts('係呀,咁我仲係秦始皇添')).toEqual(expect.arrayContaining(['argue', 'lecture']));
  });

  it('reads mock luck and a mock welcome as lecture, and leaves sincere luck alone', () => {
    expect(acts('您真係好走運,成條街得您間舖冇電')).toContain('lecture');
    expect(acts('Lucky you, the only flat in the block with a broken boiler.')).toContain('lecture');
    expect(acts('Oh wonderful, one more customer who did not read the label.')).toContain('lecture');
    expect(acts('How lucky you are to have caught it early, I will fix it now')).not.toContain('lecture');
  });
});
