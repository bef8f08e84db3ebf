// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../i18n/languages.ts';
import { setupI18n } from '../../../i18n/setup.ts';
import { studioRecord } from '../test-support/studio-record.ts';
import { LibraryPanel } from './LibraryPanel.tsx';
import type { ShippedScenario } from './shipped.ts';

const titled = (id: string, title: ShippedScenario['title']): ShippedScenario => ({ id, text: '{}', testsText: null, title });
/**
 * As loadShipped gives them: by id. Each language's titles sort differently from the ids and from their code points:
 * English ignores case at first (apple before Banana), Traditional Chinese counts strokes (乙 1, 丁 2, 人 2), Simplified
 * follows pinyin (an 安, bei 北, cha 茶), and both put Chinese before Latin letters. One without a title shows (and
 * sorts by) its id.
 */
const shipped = [
  titled('alpha', { en: 'Banana split', 'zh-Hant': '丁', 'zh-Hans': '茶' }),
  titled('beta', { en: 'apple orchard', 'zh-Hant': '乙', 'zh-Hans': '北' }),
  titled('delta', null),
  titled('gamma', { en: 'cherry stall', 'zh-Hant': '人', 'zh-Hans': '安' }),
];
/**
 * The trainer's own: one named by its titles (shown in the UI language), two with the same name they chose (told apart
 * by their status: the published one came first and stays first), and one differing only in case.
 */
const own = [
  studioRecord({ key: 'k1', name: 'Zoo drill' }),
  studioRecord({ key: 'k2', name: 'Market stall', draft: JSON.stringify({ title: { en: 'Market stall', 'zh-Hant': '一', 'zh-Hans': '北京' } }) }),
  studioRecord({ key: 'k3', name: 'zoo drill', published: '{}' }),
  studioRecord({ key: 'k4', name: 'zoo drill' }),
];

async function renderPanel(language: Language) {
  const i18n = await setupI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <LibraryPanel shipped={shipped} own={own} selection={null} onSelect={() => {}} onNew={() => {}} onFiles={() => {}} onDelete={() => {}} />
    </I18nextProvider>,
  );
  const [ownList, shippedList] = screen.getAllByRole('list');
  const texts = (list: HTMLElement | undefined, selector: string) => [...list!.querySelectorAll(selector)].map((e) => e.textContent);
  const status = (key: 'published' | 'draftOnly') => i18n.t(`studio.status.${key}`);
  return {
    shipped: texts(shippedList, '.studio-list-name > span:first-child'),
    own: [...ownList!.querySelectorAll('.studio-list-item')].map((b) => `${b.firstElementChild?.textContent} (${b.lastElementChild?.textContent === status('published') ? 'published' : 'draft'})`),
  };
}

describe('the studio library', () => {
  it.each([
    ['en', ['apple orchard', 'Banana split', 'cherry stall', 'delta'], ['Market stall (draft)', 'zoo drill (published)', 'zoo drill (draft)', 'Zoo drill (draft)']],
    ['zh-Hant', ['乙', '丁', '人', 'delta'], ['一 (draft)', 'zoo drill (published)', 'zoo drill (draft)', 'Zoo drill (draft)']],
    ['zh-Hans', ['安', '北', '茶', 'delta'], ['北京 (draft)', 'zoo drill (published)', 'zoo drill (draft)', 'Zoo drill (draft)']],
  ] as const)('in %s lists each scenario by the title it shows, as that language sorts it; equal names keep their order', async (language, shippedOrder, ownOrder) => {
    const shown = await renderPanel(language);
    expect(shown.shipped).toEqual(shippedOrder);
    expect(shown.own).toEqual(ownOrder);
  });
});
