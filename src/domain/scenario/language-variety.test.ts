// Each locale speaks its own variety (issue 15 item 5): zh-Hans is mainland Mandarin, never the Hong Kong
// Cantonese run through a character converter (唔 → 唔, 嘅 → 嘅 survive OpenCC untouched), and the Taiwan
// clinic's zh-Hant is Taiwan Mandarin, never Cantonese. Checked over everything a trainee reads — customer
// lines, options, model answers, briefings; lexicon patterns and topic words are matching data and left out.
import { describe, expect, it } from 'vitest';
import { CANTONESE_ONLY } from './test-support/cantonese.ts';
import { shippedDoc, SHIPPED_IDS } from './test-support/shipped.ts';

const TAIWAN = new Set(['clinic-reception-wait']);

function strings(node: unknown, locale: string, path: string, out: [string, string][]): [string, string][] {
  if (Array.isArray(node)) node.forEach((v, i) => strings(v, locale, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'lexicon' || key === 'topics') continue;
      if (key === locale && typeof value === 'string') out.push([`${path}.${key}`, value]);
      else strings(value, locale, `${path}.${key}`, out);
    }
  }
  return out;
}

function cantonese(id: string, locale: string): string[] {
  return strings(shippedDoc(id), locale, '$', [])
    .filter(([, text]) => CANTONESE_ONLY.test(text))
    .map(([path, text]) => `${path}: ${text.slice(0, 40)}`);
}

describe('the Cantonese-only characters', () => {
  it('are found in a Cantonese line and not in its Mandarin twin', () => {
    expect(CANTONESE_ONLY.test('我唔係想鬧人，但係真係拖得太耐喇。')).toBe(true);
    expect(CANTONESE_ONLY.test('我不是想吵架，但这事真的拖太久了。')).toBe(false);
  });
});

describe.each(SHIPPED_IDS)('%s: zh-Hans in its own variety', (id) => {
  it('is mainland Mandarin, with no Cantonese-only character', () => {
    expect(cantonese(id, 'zh-Hans')).toEqual([]);
  });
});

describe.each([...TAIWAN])('%s: zh-Hant set in Taiwan', (id) => {
  it('is Taiwan Mandarin, with no Cantonese-only character', () => {
    expect(cantonese(id, 'zh-Hant')).toEqual([]);
  });
});
