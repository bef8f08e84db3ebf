// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../tests/setup/axe.ts';
import { ANGRY_COPY, duplicateShippedInUi, fillLayoutGaps, fresh, renderStudio, shippedText } from './test-support/render-studio.tsx';

// angry-resident's saved tests, as shipped: a copy keeps them all.
const SHIPPED_TESTS = (JSON.parse(readFileSync('scenarios/tests/angry-resident.tests.json', 'utf8')) as { tests: unknown[] }).tests.length;
import { studioRecord } from './test-support/studio-record.ts';

beforeAll(fillLayoutGaps);
afterEach(() => {
  delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView;
});

describe('StudioPage: the library and the new-scenario wizard (issue 17)', () => {
  // On a phone the list sits above, not on the left: the empty pane's prompt must be true at every width.
  it.each([
    ['en', 'Pick a scenario from the list.'],
    ['zh-Hant', '請從列表中選擇一個情境。'],
    ['zh-Hans', '请从列表中选择一个场景。'],
  ] as const)('%s: with nothing open, asks for a pick from the list without naming a side of the screen', async (language, said) => {
    await renderStudio(fresh(), new Map(), language);
    const prompt = await screen.findByText(said);
    expect(prompt).toHaveClass('studio-empty');
    expect(prompt.textContent).not.toMatch(/left|right|左|右/);
  });

  it('lists shipped scenarios by their title in the UI language, with the id beside it', async () => {
    await renderStudio();
    const shipped = within(screen.getByRole('navigation', { name: 'Scenario library' }));
    const item = shipped.getByRole('button', { name: /A leak from upstairs, reported twice, nobody came/ });
    expect(item).toHaveTextContent('angry-resident');
    await expectNoAxeViolations();
  });

  it("names the trainer's own scenario by its title in the UI language (the wizard named it by the English one), a renamed one by its name", async () => {
    const storage = fresh();
    const doc = JSON.parse(shippedText) as { title: Record<string, string> };
    const parcel = { ...doc, id: 'parcel-gone', title: { 'zh-Hant': '管理員簽收的包裹不見了', 'zh-Hans': '管理员签收的包裹不见了', en: 'The parcel the guard signed for is gone' } };
    const noHans = { ...doc, id: 'no-hans', title: { 'zh-Hant': '只寫了繁體的標題', en: 'Only Traditional and English' } };
    await storage.put(studioRecord({ key: 'a', name: parcel.title.en, draft: JSON.stringify(parcel) }));
    await storage.put(studioRecord({ key: 'b', name: 'Only Traditional and English', draft: JSON.stringify(noHans) }));
    await storage.put(studioRecord({ key: 'c', name: 'My own name', draft: JSON.stringify(parcel) }));
    const { user } = await renderStudio(storage, new Map(), 'zh-Hans');
    const mine = within(screen.getByRole('navigation', { name: '场景库' }));
    expect(mine.getByRole('button', { name: /^管理员签收的包裹不见了/ })).toBeInTheDocument();
    // No Simplified title: the Traditional one, as the app's strings fall back.
    expect(mine.getByRole('button', { name: /^只寫了繁體的標題/ })).toBeInTheDocument();
    expect(mine.getByRole('button', { name: /^My own name/ })).toBeInTheDocument();
    expect(mine.queryByText(/The parcel the guard/)).toBeNull();
    expect(mine.getByRole('button', { name: '删除“管理员签收的包裹不见了”' })).toBeInTheDocument();
    await user.click(mine.getByRole('button', { name: /^管理员签收的包裹不见了/ }));
    expect(await screen.findByRole('heading', { level: 2, name: '管理员签收的包裹不见了' })).toBeInTheDocument();
  });

  it('brings a picked scenario into view and starts the trainer at its heading (on a phone it opens below the whole list)', async () => {
    const scrolled: Element[] = [];
    // jsdom has no layout or scrolling: record what asks to be scrolled to.
    Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
      scrolled.push(this);
    });
    const storage = fresh();
    await storage.put(studioRecord({ key: 'a', name: 'Leak drill', draft: shippedText }));
    const { user } = await renderStudio(storage);
    const library = within(screen.getByRole('navigation', { name: 'Scenario library' }));
    await user.click(library.getByRole('button', { name: /A leak from upstairs/ }));
    const shippedHeading = await screen.findByRole('heading', { level: 2, name: 'angry-resident' });
    expect(shippedHeading).toHaveFocus();
    expect(scrolled).toContain(shippedHeading);
    await user.click(library.getByRole('button', { name: /^Leak drill/ }));
    const own = await screen.findByRole('heading', { level: 2, name: 'Leak drill' });
    expect(own).toHaveFocus();
    expect(scrolled).toContain(own);
    // Picking the open one again brings it back into view too (the trainer may have scrolled up to the list).
    scrolled.length = 0;
    await user.click(library.getByRole('button', { name: /^Leak drill/ }));
    expect(scrolled).toContain(own);
  });

  it('offers every channel in the wizard (face to face, phone, chat, email) and starts the author at its heading', async () => {
    const { user } = await renderStudio();
    await user.click(screen.getByRole('button', { name: 'New scenario…' }));
    const form = screen.getByRole('form', { name: 'New scenario' });
    // Focus moves into the form (on a phone it sits below the library, out of view).
    expect(within(form).getByRole('heading', { name: 'New scenario' })).toHaveFocus();
    const channel = within(form).getByRole('group', { name: 'How the complaint arrives' });
    expect(within(channel).getAllByRole('radio').map((r) => r.closest('label')?.textContent?.trim())).toEqual(['Face to face', 'On the phone', 'Web chat (written)', 'Email (written)']);
  });

  it('duplicates a shipped scenario with its tests, named after its title (a second copy numbered), and renames and duplicates an own one, keeping them', async () => {
    // Made with the Duplicate button here; the other tests store the same copy before the studio renders.
    const { storage, user } = await duplicateShippedInUi();
    // Copied again: another name and another scenario id, so both can be told apart and published.
    await user.click(screen.getByRole('button', { name: /angry-resident/ }));
    await user.click(await screen.findByRole('button', { name: 'Duplicate' }));
    const second = ANGRY_COPY.replace('(copy)', '(copy 2)');
    expect(await screen.findByRole('heading', { name: second })).toBeInTheDocument();
    await waitFor(async () => expect((await storage.list()).map((r) => [r.name, JSON.parse(r.draft).id]).sort()).toEqual([[ANGRY_COPY, 'angry-resident-copy'], [second, 'angry-resident-copy-2']].sort()), { timeout: 30_000 });
    // Each copy's own title (its JSON, which trainees see) carries the new name, in every language, not the original's.
    const titles = (await storage.list()).map((r) => (JSON.parse(r.draft) as { title: Record<string, string> }).title).sort((a, b) => a.en!.length - b.en!.length);
    expect(titles.map((title) => title.en)).toEqual([ANGRY_COPY, second]);
    expect(titles[0]!['zh-Hant']).toMatch(/[^）]（副本）$/);
    expect(titles[1]!['zh-Hant']).toMatch(/[^）]（副本 2）$/);
    await user.click(screen.getByRole('button', { name: (accessible) => accessible.startsWith(ANGRY_COPY) }));
    expect(await screen.findByRole('heading', { name: ANGRY_COPY })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const box = screen.getByLabelText('New name');
    await user.clear(box);
    await user.type(box, 'Leak drill{Enter}');
    expect(await screen.findByRole('heading', { name: 'Leak drill' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Duplicate' }));
    expect(await screen.findByRole('heading', { name: 'Leak drill (copy)' })).toBeInTheDocument();
    // The copy of an own scenario gets its own scenario id too (publishing both is not refused as a clash).
    await waitFor(
      async () =>
        expect((await storage.list()).map((r) => [r.name, r.tests.length, JSON.parse(r.draft).id]).sort()).toEqual(
          [['Leak drill', SHIPPED_TESTS, 'angry-resident-copy'], ['Leak drill (copy)', SHIPPED_TESTS, 'angry-resident-copy-3'], [second, SHIPPED_TESTS, 'angry-resident-copy-2']].sort(),
        ),
      { timeout: 30_000 },
    );
  });
});
