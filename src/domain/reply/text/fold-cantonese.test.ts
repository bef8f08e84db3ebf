import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';
import { foldCantonese } from './fold-cantonese.ts';

describe('foldCantonese', () => {
  it('maps written Cantonese onto standard written Chinese without changing the length', () => {
    const text = '唔好意思,我哋聽日下晝搵師傅上嚟睇吓。';
    const folded = foldCantonese(text);
    expect(folded).toBe('不好意思,我們明天下午找師傅上來看吓。');
    expect(folded.length).toBe(text.length);
  });

  it('keeps 唔該 as thanks, not 不該', () => {
    expect(foldCantonese('唔該晒')).toBe('多謝晒');
  });

  it('reads 唔好 after 得 as "not good" (做得唔好: done badly), and elsewhere as "don\'t"', () => {
    expect(foldCantonese('係我哋做得唔好')).toBe('是我們做得不好');
    expect(foldCantonese('你唔好嬲')).toBe('你不要氣');
    expect(classifyReply('搵到喇，到而家都未送到。係我哋做得唔好。').acts).toContain('apologize');
  });

  it('leaves Mandarin alone (呢 as a question particle stays)', () => {
    expect(foldCantonese('然後呢?')).toBe('然後呢?');
  });

  it('lets one lexicon read Cantonese replies, with spans on the original words', () => {
    const text = '陳生,唔好意思要你等咗咁耐,冇問題,聽日朝早十點前我打返俾你。';
    const r = classifyReply(text);
    expect(r.acts).toEqual(expect.arrayContaining(['apologize', 'commit_followup']));
    const apology = r.evidence.find((e) => e.move === 'apologize')!;
    expect(text.slice(apology.start, apology.end)).toContain('唔好意思');
  });
});

describe('定係 (or) and words ending in 定', () => {
  it('folds 定係 as "or" but leaves 規定係咁 alone', () => {
    expect(foldCantonese('退款定係換貨')).toBe('退款還是換貨');
    expect(foldCantonese('公司規定係咁')).toBe('公司規定是咁');
  });
});

describe('係 inside 關係', () => {
  it('keeps 沒關係 (never mind) as 关系, not 关是', () => {
    expect(foldCantonese('罵出來沒關係')).toBe('罵出來沒關系');
    expect(foldCantonese('冇關係，你慢慢講')).toBe('沒關系，你慢慢講');
  });
});
