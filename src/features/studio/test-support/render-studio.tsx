// Test support for the studio's component tests: the page rendered with a fresh studio store and a
// stand-in preview view, and the jsdom gaps CodeMirror needs filled.
import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { expect } from 'vitest';
import { EditorView } from '@codemirror/view';
import type { Language } from '../../../i18n/languages.ts';
import { setupI18n } from '../../../i18n/setup.ts';
import { DefuseDb } from '../../../storage/db.ts';
import { createStudioStorage, type StudioStorage } from '../../../storage/studio-storage.ts';
import type { PreviewViewProps } from '../preview/preview.types.ts';
import { StudioPage } from '../StudioPage.tsx';
import { copyName, shippedTitle } from '../library/copy-name.ts';
import { copyOfShipped } from '../library/new-record.ts';
import { loadShipped } from '../library/shipped.ts';

// The wait limit for findBy*/waitFor is tests/setup/dom.ts's 30 s hang limit: lowering it to 10 s here made
// "flags a missing translation" fail on a loaded machine while the draft was still being checked.

/** jsdom has no layout: CodeMirror measures ranges; give it empty rectangles (call in beforeAll). */
export function fillLayoutGaps() {
  const empty = () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;
  Range.prototype.getClientRects ??= empty;
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
}

/** Edits the open editor's text the way typing does (through CodeMirror's transaction). */
export function editText(change: (text: string) => string) {
  const view = EditorView.findFromDOM(document.querySelector('.cm-editor') as HTMLElement)!;
  const text = view.state.doc.toString();
  view.dispatch({ changes: { from: 0, to: text.length, insert: change(text) } });
}

let n = 0;
export const fresh = () => createStudioStorage(new DefuseDb(`studio-test-${Date.now()}-${n++}`));

// A stand-in for the drill view the app composes: a reply box and the sim's state.
export function FakeView({ scenario, sim, onReply }: PreviewViewProps) {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const box = e.currentTarget.elements.namedItem('reply') as HTMLInputElement;
        onReply(box.value);
        box.value = '';
      }}
    >
      <p>state: {sim.state}</p>
      <p>customer: {scenario.persona.name.en}</p>
      <p>briefing: {scenario.briefing.en}</p>
      <label>
        Your reply <input name="reply" />
      </label>
      <button type="submit">Send</button>
    </form>
  );
}

/** `packIds`: the organisation's pack scenarios the app would pass (id → pack name); `language`: the UI's. */
export async function renderStudio(storage: StudioStorage = fresh(), packIds: ReadonlyMap<string, string> = new Map(), language: Language = 'en') {
  const i18n = await setupI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <StudioPage storage={storage} PreviewView={FakeView} packIds={packIds} />
    </I18nextProvider>,
  );
  // The library is listed (shipped and own scenarios arrive together; a stored copy's buttons match too).
  await screen.findAllByRole('button', { name: /angry-resident/ });
  return { storage, user: userEvent.setup() };
}

export const file = (name: string, text: string, size?: number) => {
  const f = new File([text], name, { type: 'application/json' });
  if (size !== undefined) Object.defineProperty(f, 'size', { value: size });
  return f;
};
export const shippedText = readFileSync('scenarios/angry-resident.json', 'utf8');

/** The code editor's text. */
const editorText = () => EditorView.findFromDOM(document.querySelector('.cm-editor') as HTMLElement)!.state.doc.toString();

/**
 * The studio with a fresh copy of a shipped scenario open (angry-resident), and the code editor's text. The
 * copy is stored as the Duplicate button stores it (copyOfShipped, the same name and tests) before the studio
 * renders, and opened from the list: one workspace built, not the shipped one first and then the copy.
 * `duplicateShippedInUi` makes the copy with the Duplicate button instead.
 */
export async function openCopyOfShipped(storage: StudioStorage = fresh()) {
  const angry = (await loadShipped()).find((s) => s.id === 'angry-resident')!;
  const name = copyName(shippedTitle(angry, 'en'), [], (await setupI18n('en')).t);
  await storage.put(copyOfShipped(angry, name));
  const { user } = await renderStudio(storage);
  // The list item is named by the record's name and its status ("Draft only").
  await user.click(screen.getByRole('button', { name: (accessible) => accessible.startsWith(name) }));
  expect(await screen.findByRole('heading', { name })).toBeInTheDocument();
  return { storage, user, editorText, ...docControls(name) };
}

/** What the copy of angry-resident is called in English: after its shown title, not its id. */
export const ANGRY_COPY = 'A leak from upstairs, reported twice, nobody came (copy)';

/** The studio with the shipped angry-resident open and duplicated by its Duplicate button; the copy open. */
export async function duplicateShippedInUi(storage: StudioStorage = fresh()) {
  const { user } = await renderStudio(storage);
  await user.click(screen.getByRole('button', { name: /angry-resident/ }));
  await user.click(await screen.findByRole('button', { name: 'Duplicate' }));
  expect(await screen.findByRole('heading', { name: ANGRY_COPY })).toBeInTheDocument();
  return { storage, user, editorText, ...docControls(ANGRY_COPY) };
}

/**
 * The open document's Problems, Publish, Undo and Redo and its tool tabs, found once as it opens: they stay the same elements
 * while it is open, so a click need not name every button of the studio's forms again to find them (in jsdom
 * each name is a walk with a style computation per element, and the forms have hundreds of buttons).
 */
export function docControls(title: string) {
  const workspace = screen.getByRole('heading', { level: 2, name: title }).closest('section')!;
  const tools = within(workspace).getByRole('group', { name: 'Scenario tools' });
  return {
    /** The Problems list, where the draft's verdict is told ("No problems: ready to publish."). */
    problems: within(workspace).getByRole('region', { name: 'Problems' }),
    publish: within(workspace).getByRole('button', { name: 'Publish to trainees' }),
    undo: within(workspace).getByRole('button', { name: 'Undo' }),
    redo: within(workspace).getByRole('button', { name: 'Redo' }),
    tab: (name: string | RegExp) => within(tools).getByRole('button', { name }),
  };
}
