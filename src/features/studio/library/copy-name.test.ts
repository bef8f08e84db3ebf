import { describe, expect, it } from 'vitest';
import { setupI18n } from '../../../i18n/setup.ts';
import { copyId, copyName, copyNumber, copyRetitler, nameAsCopy, shippedTitle } from './copy-name.ts';
import { copyOfDraft, copyOfShipped } from './new-record.ts';

const leak = { id: 'angry-resident', title: { en: 'A leak from upstairs', 'zh-Hant': '樓上漏水', 'zh-Hans': '楼上漏水' } };

describe('a copy is named after the title shown, with the locale’s suffix, and never twice alike', () => {
  it('in en, zh-Hant and zh-Hans (full-width brackets in Chinese)', async () => {
    const said = { en: ['A leak from upstairs (copy)', 'A leak from upstairs (copy 2)'], 'zh-Hant': ['樓上漏水（副本）', '樓上漏水（副本 2）'], 'zh-Hans': ['楼上漏水（副本）', '楼上漏水（副本 2）'] };
    for (const language of ['en', 'zh-Hant', 'zh-Hans'] as const) {
      const { t } = await setupI18n(language);
      const first = copyName(shippedTitle(leak, language), [], t);
      expect(first).toBe(said[language][0]);
      expect(copyName(shippedTitle(leak, language), [first], t)).toBe(said[language][1]);
      expect(copyName(shippedTitle(leak, language), said[language], t)).toBe(said[language][1]!.replace('2', '3'));
    }
  });

  it('names a scenario without a title by its id, and gives each copy its own id', () => {
    expect(shippedTitle({ id: 'x', title: null }, 'en')).toBe('x');
    expect(shippedTitle({ id: 'x', title: { en: ' ' } }, 'en')).toBe('x');
    expect(copyId('x', new Set())).toBe('x-copy');
    expect(copyId('x', new Set(['x-copy', 'x-copy-2']))).toBe('x-copy-3');
  });

  it("gives a copy of the trainer's own draft its own scenario id, keeping the rest of the text as written", () => {
    const draft = '{\n    "id": "leak-drill",\n    "title": { "en": "Leak" }\n}\n';
    expect(copyOfDraft(draft, new Set(['leak-drill']))).toBe(draft.replace('"leak-drill"', '"leak-drill-copy"'));
    // A copy of a copy counts on from the original's id, past every id taken.
    expect(JSON.parse(copyOfDraft('{"id":"leak-drill-copy"}', new Set(['leak-drill', 'leak-drill-copy']))).id).toBe('leak-drill-copy-2');
    expect(copyId('x-copy-2', new Set(['x', 'x-copy', 'x-copy-2']))).toBe('x-copy-3');
    // Text that is not JSON, or has no id, is copied as it is.
    expect(copyOfDraft('{ "id": ', new Set())).toBe('{ "id": ');
    expect(copyOfDraft('{"title":{}}', new Set())).toBe('{"title":{}}');
  });
});

describe("a copy's own title carries its new name", () => {
  it('in the UI language the name given, in the other languages their title with the same suffix in their own words; the layout stays', async () => {
    const i18n = await setupI18n('en');
    const tIn = (language: string) => i18n.getFixedT(language);
    const draft = '{\n    "id": "leak-drill",\n    "title": { "en": "Leak", "zh-Hant": "漏水", "zh-Hans": "漏水", "ja": "" }\n}\n';
    const n = copyNumber('Leak', ['Leak (copy)'], i18n.t);
    expect(n).toBe(2);
    const name = nameAsCopy('Leak', n, i18n.t);
    const copy = copyOfDraft(draft, new Set(['leak-drill']), copyRetitler(name, n, 'en', tIn));
    expect(copy).toBe('{\n    "id": "leak-drill-copy",\n    "title": { "en": "Leak (copy 2)", "zh-Hant": "漏水（副本 2）", "zh-Hans": "漏水（副本 2）", "ja": "" }\n}\n');
    const shipped = copyOfShipped({ ...leak, text: JSON.stringify(leak), testsText: null }, 'A leak from upstairs (copy)', new Set(), copyRetitler('A leak from upstairs (copy)', undefined, 'en', tIn));
    expect(JSON.parse(shipped.draft).title).toEqual({ en: 'A leak from upstairs (copy)', 'zh-Hant': '樓上漏水（副本）', 'zh-Hans': '楼上漏水（副本）' });
  });
});
