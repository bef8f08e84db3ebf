import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// 𨋢 (lift) and 㗎 in the Cantonese lines are Hong Kong supplementary characters: the TC and SC fonts and
// Debian's WenQuanYi Micro Hei have no glyph for them, so without an HK font in the stack they show as boxes.
const css = readFileSync(new URL('./app.css', import.meta.url), 'utf8');
const vars = Object.fromEntries([...css.matchAll(/(--font(?:-hk)?):\s*([^;]+);/g)].map((m) => [m[1], m[2]]));
const stacks = [...css.matchAll(/--font:\s*([^;]+);/g)].map((m) => m[1]!.replace('var(--font-hk)', vars['--font-hk'] ?? ''));
const families = (stack: string) => stack.split(',').map((f) => f.trim().replace(/^'|'$/g, ''));

describe('the app’s font stacks (Traditional and Simplified UI)', () => {
  it('fall back to fonts with Hong Kong supplementary characters, then our subset, before the generic family', () => {
    expect(stacks).toHaveLength(2);
    for (const stack of stacks) {
      const list = families(stack);
      for (const hk of ['Noto Sans CJK HK', 'PingFang HK', 'Microsoft JhengHei', 'WenQuanYi Micro Hei']) expect(list).toContain(hk);
      expect(list.at(-1)).toBe('sans-serif');
      expect(list.indexOf('Noto Sans CJK HK')).toBeLessThan(list.indexOf('WenQuanYi Micro Hei'));
      // Our subset (fonts/hk-subset.css) only after every system font: a machine with an HK font never fetches it.
      expect(list.at(-2)).toBe('Defuse Noto Sans HK subset');
    }
  });
});

describe('the code font stack (the studio’s JSON editor)', () => {
  // 㗎 in the JSON showed as a missing-glyph box: CodeMirror's theme says only `monospace` (play-through 4).
  const studio = readFileSync(new URL('../features/studio/studio.css', import.meta.url), 'utf8');
  it('is monospace first, then the UI’s Chinese fonts with the HK ones and our subset', () => {
    const mono = [...css.matchAll(/--font-mono:\s*([^;]+);/g)].map((m) => families(m[1]!.replace('var(--font-hk)', vars['--font-hk'] ?? '')));
    expect(mono).toHaveLength(2);
    for (const list of mono) {
      expect(list[0]).toBe('ui-monospace');
      for (const f of ['Noto Sans CJK HK', 'WenQuanYi Micro Hei', 'Defuse Noto Sans HK subset']) expect(list).toContain(f);
      expect(list.some((f) => /CJK (TC|SC)/.test(f))).toBe(true);
    }
  });
  it('is the JSON editor’s font, over CodeMirror’s own', () => {
    expect(studio).toMatch(/\.studio-editor \.cm-editor \.cm-scroller[^{]*\{\s*font-family: var\(--font-mono\)/);
  });
});
