// The Chinese lines the app writes itself, not an author: the customer's default remarks (for a scenario with
// none of its own, as every wizard draft is) and the wizard's templates. Like the locale files
// (src/i18n/chinese-style.test.ts) and the shipped scenarios, they take full-width punctuation.
import { describe, expect, it } from 'vitest';
import { DEFAULT_REMARKS, DEFAULT_WANTS_SAYS } from '../../../domain/customer/default-lines.ts';
import { buildDraft, newStateTemplate, type Loc } from './build-draft.ts';

describe('Chinese text the studio writes for the author', () => {
  it('the Chinese lines the app writes itself (the customer\'s default remarks, the wizard\'s templates) take full-width punctuation', () => {
    const L = (zh: string, en: string): Loc => ({ 'zh-Hant': zh, 'zh-Hans': zh, en });
    // The author's own words carry no punctuation, so whatever is found beside a Chinese character is ours.
    const draft = buildDraft({
      id: 'x',
      title: L('車位', 'Parking'),
      briefing: L('車位被借出', 'A lent space'),
      setting: 'chat',
      opening: L('我的車位', 'My space'),
      persona: { name: L('梁太', 'Mrs Leung'), personality: 'eagle', motives: ['fix'], startHostility: 60 },
      facts: [{ label: L('今早', 'This morning'), says: L('今早八點', 'At eight'), topics: ['今早'] }],
      want: { label: L('移走貨車', 'the van moved'), topics: ['貨車'], by: 'today' },
    });
    const chinese = (node: unknown, path: string): [string, string][] =>
      Array.isArray(node)
        ? node.flatMap((v, i) => chinese(v, `${path}[${i}]`))
        : node && typeof node === 'object'
          ? Object.entries(node).flatMap(([k, v]) => ((k === 'zh-Hant' || k === 'zh-Hans') && typeof v === 'string' ? [[`${path}.${k}`, v] as [string, string]] : k === 'topics' ? [] : chinese(v, `${path}.${k}`)))
          : [];
    const ours = [...chinese(DEFAULT_REMARKS, 'remarks'), ...chinese(DEFAULT_WANTS_SAYS, 'wantsSays'), ...chinese(draft, 'wizard'), ...chinese(newStateTemplate(), 'newState')];
    expect(ours.length).toBeGreaterThan(40);
    const HALF_WIDTH_BESIDE_HAN = /[\p{Script=Han}][,?!:;()]|[,?!:;()][\p{Script=Han}]/u;
    expect(ours.filter(([, text]) => HALF_WIDTH_BESIDE_HAN.test(text)).map(([path, text]) => `${path}: ${text}`)).toEqual([]);
  });

});
