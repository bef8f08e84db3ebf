// Chinese text a trainee reads in a shipped scenario (titles, briefings, customer lines, options, model
// answers) uses full-width punctuation, as the app's own strings do (src/i18n/chinese-style.test.ts).
// Lexicon patterns and topic words are matching data, not shown text, and are left out.
import { describe, expect, it } from 'vitest';
import { shippedDoc, SHIPPED_IDS } from './test-support/shipped.ts';

const HALF_WIDTH_BESIDE_HAN = /[\p{Script=Han}][,?!:;]|[,?!:;][\p{Script=Han}]/u;

function chineseStrings(node: unknown, path: string, out: [string, string][]): [string, string][] {
  if (Array.isArray(node)) node.forEach((v, i) => chineseStrings(v, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'lexicon' || key === 'topics') continue;
      if ((key === 'zh-Hant' || key === 'zh-Hans') && typeof value === 'string') out.push([`${path}.${key}`, value]);
      else chineseStrings(value, `${path}.${key}`, out);
    }
  }
  return out;
}

describe.each(SHIPPED_IDS)('%s: Chinese text uses full-width punctuation', (id) => {
  it('has no half-width , ? ! : ; next to a Chinese character', () => {
    const bad = chineseStrings(shippedDoc(id), '$', []).filter(([, text]) => HALF_WIDTH_BESIDE_HAN.test(text));
    expect(bad.map(([path, text]) => `${path}: ${text.slice(0, 40)}`)).toEqual([]);
  });
});
