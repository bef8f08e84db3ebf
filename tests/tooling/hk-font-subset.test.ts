// The shipped Hong Kong font subset (src/app/fonts, made by scripts/subset-hk-font.ts) covers exactly the
// characters of our content that common system fonts lack: a new scenario line with such a character fails
// here until the subset is regenerated, and a character no longer used is dropped from it.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hkCharacters, needsHkFont } from '../../scripts/hk-font-chars.ts';

const dir = resolve(import.meta.dirname, '../../src/app/fonts');
const css = readFileSync(join(dir, 'hk-subset.css'), 'utf8');
const faces = css.split('@font-face').slice(1);

describe('the Hong Kong font subset', () => {
  it('finds the supplementary characters our Cantonese lines use (𨋢 lift, 㗎) and no ordinary ones', () => {
    expect(hkCharacters()).toEqual(expect.arrayContaining(['㗎', '𨋢']));
    expect(['你', '嘅', '咗', '冇', 'a', '。'].some((c) => needsHkFont(c.codePointAt(0)!))).toBe(false);
  });

  it('declares exactly those characters in its unicode-range, each face a file that exists, shown with swap', () => {
    const ranges = faces.flatMap((f) => /unicode-range:\s*([^;]+);/.exec(f)![1]!.split(',').map((r) => String.fromCodePoint(parseInt(r.trim().slice(2), 16))));
    expect(ranges.sort()).toEqual(hkCharacters().sort());
    for (const face of faces) {
      expect(face).toContain('font-display: swap;');
      const file = /url\('\.\/([^']+)'\)/.exec(face)![1]!;
      expect(existsSync(join(dir, file)), file).toBe(true);
      // A subset, not a whole font file: a few glyphs are about 1 KB.
      expect(readFileSync(join(dir, file)).length).toBeLessThan(8 * 1024);
    }
    expect(existsSync(join(dir, 'OFL.txt'))).toBe(true);
  });
});
