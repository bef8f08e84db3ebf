// @vitest-environment jsdom
// On a desktop the studio's tabs sit under the editor: a click on "Graph" changed only what was below the fold. The
// chosen tab's panel is brought into view, smoothly unless the trainer asked for reduced motion.
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fillLayoutGaps, fresh, renderStudio } from './test-support/render-studio.tsx';

beforeAll(fillLayoutGaps);
afterEach(() => {
  delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
  vi.unstubAllGlobals();
});

const names = {
  en: { tools: 'Scenario tools', graph: 'Graph', translations: 'Translations' },
  'zh-Hant': { tools: '情境工具', graph: '流程圖', translations: '翻譯' },
  'zh-Hans': { tools: '场景工具', graph: '流程图', translations: '翻译' },
} as const;

/** Every element scrolled into view, with how, in order. */
function watchScrolls() {
  const scrolled: { element: Element; options: unknown }[] = [];
  Element.prototype.scrollIntoView = function (this: Element, options?: unknown) {
    scrolled.push({ element: this, options });
  };
  return scrolled;
}

const stubMotionPreference = (reduce: boolean) =>
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: reduce && query.includes('reduce'), media: query, addEventListener: () => {}, removeEventListener: () => {} }));

async function openShipped(language: keyof typeof names) {
  const { user } = await renderStudio(fresh(), new Map(), language);
  await user.click(screen.getAllByRole('button', { name: /angry-resident/ })[0]!);
  const tools = await screen.findByRole('group', { name: names[language].tools });
  return { user, tools };
}

describe('StudioPage: a chosen tab brings its panel into view', () => {
  for (const language of ['en', 'zh-Hant', 'zh-Hans'] as const) {
    it(`${language}: clicking the graph's tab scrolls the tabs and their panel to the top, smoothly`, async () => {
      stubMotionPreference(false);
      const { user, tools } = await openShipped(language);
      const scrolled = watchScrolls();
      await user.click(within(tools).getByRole('button', { name: names[language].graph }));
      expect(within(tools).getByRole('button', { name: names[language].graph })).toHaveAttribute('aria-pressed', 'true');
      expect(scrolled).toEqual([{ element: tools, options: { block: 'start', behavior: 'smooth' } }]);
      // Every pick does it again (the trainer may have scrolled back up to the editor in between).
      await user.click(within(tools).getByRole('button', { name: names[language].translations }));
      expect(scrolled).toHaveLength(2);
    });
  }

  it('jumps without animation when reduced motion is asked for, and opening a scenario alone scrolls to no panel', async () => {
    stubMotionPreference(true);
    const scrolled = watchScrolls();
    const { user, tools } = await openShipped('en');
    expect(scrolled.some((s) => s.element === tools)).toBe(false);
    scrolled.length = 0;
    await user.click(within(tools).getByRole('button', { name: 'Graph' }));
    expect(scrolled).toEqual([{ element: tools, options: { block: 'start', behavior: 'auto' } }]);
  });
});
