// @vitest-environment jsdom
// A record the studio cannot open never traps the trainer: it can be deleted from the list without opening
// it, and a screen that fails offers repair, export and delete in place of the editor.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../tests/setup/axe.ts';
import { studioRecord } from './test-support/studio-record.ts';
import { fillLayoutGaps, fresh, renderStudio, shippedText } from './test-support/render-studio.tsx';

/** Text that makes the editor screen throw while rendering (a stand-in for any defect a draft might hit). */
const BREAKS = 'BREAKS-THE-SCREEN';

vi.mock('./editor/diagnose.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('./editor/diagnose.ts')>();
  return {
    ...real,
    diagnose: (...args: Parameters<typeof real.diagnose>) => {
      if (args[1].includes(BREAKS)) throw new Error('the problems list failed');
      return real.diagnose(...args);
    },
  };
});

beforeAll(fillLayoutGaps);

const brokenDraft = shippedText.replace('"id": "angry-resident"', `"id": "${BREAKS}"`);

async function studioWith(...records: ReturnType<typeof studioRecord>[]) {
  const storage = fresh();
  for (const r of records) await storage.put(r);
  return { ...(await renderStudio(storage)), storage };
}

describe('StudioPage: a record that cannot be opened', () => {
  it('is deleted from the list without opening it, and the deletion can be undone', async () => {
    const { user, storage } = await studioWith(studioRecord({ key: 'bad', name: 'Broken one', draft: brokenDraft }), studioRecord({ key: 'ok', name: 'Fine one', draft: shippedText }));
    await user.click(await screen.findByRole('button', { name: 'Delete “Broken one”' }));
    await waitFor(async () => expect((await storage.list()).map((r) => r.key)).toEqual(['ok']));
    expect(screen.queryByRole('button', { name: /^Broken one/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'This scenario could not be opened' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await storage.list()).map((r) => r.key).sort()).toEqual(['bad', 'ok']));
  });

  it('opens to a repair screen instead of the editor; saving the repaired text opens the editor', async () => {
    const { user, storage } = await studioWith(studioRecord({ key: 'bad', name: 'Broken one', draft: brokenDraft }));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await user.click(await screen.findByRole('button', { name: /^Broken one/ }));
    const repair = await screen.findByRole('region', { name: 'This scenario could not be opened' });
    expect(within(repair).getByText('What failed: the problems list failed')).toBeInTheDocument();
    // The rest of the studio still works around it.
    expect(screen.getByRole('navigation', { name: 'Scenario library' })).toBeInTheDocument();
    await expectNoAxeViolations();

    const text = within(repair).getByLabelText('Draft text');
    await user.clear(text);
    await user.click(text);
    await user.paste(brokenDraft.replace(BREAKS, 'repaired-leak'));
    await user.click(within(repair).getByRole('button', { name: 'Save and open again' }));
    await screen.findByRole('heading', { name: 'Broken one', level: 2 });
    expect(screen.queryByRole('heading', { name: 'This scenario could not be opened' })).not.toBeInTheDocument();
    expect(await screen.findByText('No problems: ready to publish.')).toBeInTheDocument();
    expect((await storage.list())[0]?.draft).toContain('"id": "repaired-leak"');
  });

  it('deletes from the repair screen', async () => {
    const { user, storage } = await studioWith(studioRecord({ key: 'bad', name: 'Broken one', draft: brokenDraft }));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await user.click(await screen.findByRole('button', { name: /^Broken one/ }));
    const repair = await screen.findByRole('region', { name: 'This scenario could not be opened' });
    await user.click(within(repair).getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await storage.list()).toEqual([]));
    expect(await screen.findByText('Pick a scenario from the list.')).toBeInTheDocument();
  });

  it('opens a draft nested 10,000 deep in the editor, with the problem named (it used to crash the screen)', async () => {
    const { user } = await studioWith(studioRecord({ key: 'deep', name: 'Deep one', draft: `${'['.repeat(10_000)}${']'.repeat(10_000)}` }));
    await user.click(await screen.findByRole('button', { name: /^Deep one/ }));
    await screen.findByRole('heading', { name: 'Deep one', level: 2 });
    expect(await screen.findByText(/nested more than 64 levels deep/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'This scenario could not be opened' })).not.toBeInTheDocument();
  });
});
