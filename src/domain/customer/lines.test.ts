// One turn's lines read as one voice: never two that open alike (blind t7-28 said "这样就好，谢谢你。这样就好，
// 只要五点前能看完、拿到药。" — two lines stitched into one turn).
import { describe, expect, it } from 'vitest';
import { sameOpening } from './lines.ts';

const line = (zhHant: string, zhHans: string, en: string) => ({ 'zh-Hant': zhHant, 'zh-Hans': zhHans, en });

describe('lines of one turn', () => {
  it('count two lines that open with the same clause as one said twice, in any language', () => {
    const thanks = line('這樣就好，謝謝你。', '这样就好，谢谢你。', "That's fine, thank you.");
    const wants = line('這樣就好，只要五點前能看完。', '这样就好，只要五点前能看完。', 'As long as I am seen before five.');
    expect(sameOpening(thanks, wants)).toBe(true);
    expect(sameOpening(line('好。', '好。', 'Right.'), line('那幾點？', '那几点？', 'Right. When?'))).toBe(true);
  });

  it('let lines that only share a word, or a one-character opening, stand together', () => {
    const a = line('好，我等。', '好，我等。', 'Fine, I will wait.');
    const b = line('好，幾點？', '好，几点？', 'Fine by me. When?');
    expect(sameOpening(a, b)).toBe(false);
  });
});
