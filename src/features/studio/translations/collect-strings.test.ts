import { describe, expect, it } from 'vitest';
import { collectStrings, setString } from './collect-strings.ts';

describe('collectStrings', () => {
  it('finds every localized string by path and flags missing locales', () => {
    const doc = { title: { 'zh-Hant': '漏水', 'zh-Hans': '漏水', en: 'Leak' }, states: { a: { lines: { high: [{ 'zh-Hant': '快點!', en: '' }] } } } };
    const rows = collectStrings(doc);
    expect(rows.map((r) => r.path)).toEqual(['title', 'states.a.lines.high[0]']);
    expect(rows[1]?.missing).toEqual(['zh-Hans', 'en']);
  });

  it('sets one string, keeping the rest of the text', () => {
    const text = '{\n  "t": { "zh-Hant": "發票" }\n}';
    expect(JSON.parse(setString(text, ['t'], 'zh-Hans', '发票'))).toEqual({ t: { 'zh-Hant': '發票', 'zh-Hans': '发票' } });
    expect(setString(text, ['t'], 'zh-Hans', '发票')).toContain('"zh-Hant": "發票"');
  });
});
