import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { checkMissingLocale } from '../../../domain/scenario/validate/checks/missing-locale.ts';
import { collectStrings, setString } from './collect-strings.ts';

describe('collectStrings', () => {
  it('finds every localized string by path and flags missing locales', () => {
    const doc = { title: { 'zh-Hant': '漏水', 'zh-Hans': '漏水', en: 'Leak' }, states: { a: { lines: { high: [{ 'zh-Hant': '快點!', en: '' }] } } } };
    const rows = collectStrings(doc);
    expect(rows.map((r) => r.path)).toEqual(['title', 'states.a.lines.high[0]']);
    expect(rows[1]?.missing).toEqual(['zh-Hans', 'en']);
  });

  it('does not list topic words or the lexicon as untranslated strings (they are word lists, each locale optional)', () => {
    const doc = {
      facts: [{ id: 'f', label: { 'zh-Hant': '車位', 'zh-Hans': '车位', en: 'Space' }, topics: { en: ['parking'], 'zh-Hant': ['車位'] } }],
      wants: { remedies: [{ id: 'r', topics: { en: ['refund'] } }] },
      lexicon: { entries: [{ id: 'greet/zh/x', lang: 'zh', pattern: '喂', examples: ['喂'] }] },
    };
    expect(collectStrings(doc).map((r) => r.path)).toEqual(['facts[0].label']);
  });

  it('agrees with the validator on every shipped scenario: nothing missing where Problems says none', () => {
    for (const file of readdirSync('scenarios').filter((f) => f.endsWith('.json'))) {
      const doc: unknown = JSON.parse(readFileSync(`scenarios/${file}`, 'utf8'));
      expect(checkMissingLocale(doc), file).toEqual([]);
      expect(collectStrings(doc).filter((r) => r.missing.length > 0).map((r) => r.path), file).toEqual([]);
    }
  });

  it('sets one string, keeping the rest of the text', () => {
    const text = '{\n  "t": { "zh-Hant": "發票" }\n}';
    expect(JSON.parse(setString(text, ['t'], 'zh-Hans', '发票'))).toEqual({ t: { 'zh-Hant': '發票', 'zh-Hans': '发票' } });
    expect(setString(text, ['t'], 'zh-Hans', '发票')).toContain('"zh-Hant": "發票"');
  });
});
