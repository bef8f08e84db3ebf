// The first-character lookahead in front of a Chinese pattern that opens with a lookbehind: added only when every
// match starts with one of a known few characters, and never changing what the pattern finds.
import { describe, expect, it } from 'vitest';
import { withFirstCharLookahead } from './first-chars.ts';

const all = (source: string, text: string) => [...text.matchAll(new RegExp(source, 'g'))].map((m) => `${m.index}:${m[0]}`);

describe('withFirstCharLookahead', () => {
  it('puts the possible first characters in front of a leading lookbehind', () => {
    expect(withFirstCharLookahead('(?<=(改天|迟些)(再)?[^,.]{0,4})(回电|联系|通知)')).toBe('(?=[回联通])(?<=(改天|迟些)(再)?[^,.]{0,4})(回电|联系|通知)');
  });

  it('leaves a pattern alone when it does not open with a lookbehind, or when a match can start anywhere', () => {
    expect(withFirstCharLookahead('(回电|联系)')).toBe('(回电|联系)');
    expect(withFirstCharLookahead('(?<![替代帮])[^,.]{0,6}部')).toBe('(?<![替代帮])[^,.]{0,6}部');
    expect(withFirstCharLookahead('(?<!我)(你)?')).toBe('(?<!我)(你)?');
  });

  it('finds exactly the matches the pattern finds on its own', () => {
    const source = '(?<!我[^,.!?]{0,30})(?<![给帮替])(你|请你|需要)(去|返去)?(找|问(?!题)|联系)[^,.!?]{0,8}?(部|部门|公司)';
    const text = '你去找工程部啦,我帮你找工程部,需要你去联系物业公司,请你问问题,你去问管理部';
    expect(withFirstCharLookahead(source)).not.toBe(source);
    expect(all(withFirstCharLookahead(source), text)).toEqual(all(source, text));
    expect(all(source, text).length).toBeGreaterThan(0);
  });
});
