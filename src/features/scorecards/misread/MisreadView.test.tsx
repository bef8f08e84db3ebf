// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../../tests/setup/axe.ts';
import { createFlag, type FlagInput } from '../../../domain/records/misread-flag.ts';
import { parseLabelled } from '../../../domain/reply/eval/evaluate-set.ts';
import type { Language } from '../../../i18n/languages.ts';
import { setupI18n } from '../../../i18n/setup.ts';
import { DefuseDb } from '../../../storage/db.ts';
import { createFlagsStorage, type FlagsStorage } from '../../../storage/flags-storage.ts';
import { MisreadView } from './MisreadView.tsx';

let n = 0;
const base: FlagInput = {
  attemptId: 'att-1', turn: 0, reply: '我聽朝十點前call返你', locale: 'zh-Hant', scenarioId: 'angry-resident', trainee: 'Amy',
  found: ['blame_customer'], evidence: [{ move: 'blame_customer', start: 0, end: 2 }], forbiddenFound: false, wrong: ['blame_customer'], missing: ['commit_followup'], comment: '<b>I promised</b>',
};

async function seeded(): Promise<FlagsStorage> {
  const storage = createFlagsStorage(new DefuseDb(`queue-${Date.now()}-${n++}`));
  await storage.add(createFlag(base, 'flag-old', new Date('2026-03-01T09:00:00Z')));
  await storage.add(createFlag({ ...base, turn: 2, reply: 'Sorry about that, my mistake', locale: 'en', found: ['apologize'], evidence: [], wrong: [], missing: ['take_ownership'], comment: '', trainee: 'Ben' }, 'flag-new', new Date('2026-03-02T09:00:00Z')));
  return storage;
}

async function show(storage: FlagsStorage, language: Language = 'en') {
  const i18n = await setupI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <MisreadView loadStorage={async () => storage} reviewer="Trainer Tam" scenarioTitle={(id) => `Title of ${id}`} date={(iso) => iso.slice(0, 10)} now={() => new Date('2026-03-03T12:00:00Z')} />
    </I18nextProvider>,
  );
  await screen.findByRole('heading', { level: 2 });
  return i18n;
}

afterEach(() => vi.restoreAllMocks());

describe('the misread replies queue', () => {
  it('lists open flags newest first with the reply, the reader’s moves and the trainee’s suggestion, as text', async () => {
    const i18n = await show(await seeded());
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('flag-review'));
    expect(items.map((li) => within(li).getByRole('heading', { level: 3 }).textContent)).toEqual(['Reply 3 · Title of angry-resident', 'Reply 1 · Title of angry-resident']);
    const old = items[1]!;
    expect(within(old).getByText('Amy · 2026-03-01')).toBeInTheDocument();
    // The words that earned the move are marked, named for screen readers.
    expect(old.querySelector('mark')?.textContent).toBe(`我聽 (${i18n.t('drill.moves.blame_customer')})`);
    expect(within(old.querySelector('dl')!).getByText(i18n.t('drill.moves.commit_followup'))).toBeInTheDocument();
    expect(within(old).getByText('<b>I promised</b>')).toBeInTheDocument();
    expect(old.querySelector('b')).toBeNull();
    // A flag from a stored scorecard carries no evidence: the reply is read again to mark the words.
    await waitFor(() => expect(items[0]!.querySelector('mark')).not.toBeNull());
    await expectNoAxeViolations();
  });

  it('labels by keyboard: the trainee’s suggestion is the starting point, saving moves it to the labelled set', async () => {
    const user = userEvent.setup();
    const storage = await seeded();
    const i18n = await show(storage);
    const old = screen.getAllByRole('listitem').filter((li) => li.classList.contains('flag-review'))[1]!;
    const select = (move: string) => within(old).getByRole('combobox', { name: i18n.t(`drill.moves.${move}` as 'drill.moves.greet') });
    expect(select('commit_followup')).toHaveValue('expect');
    expect(select('blame_customer')).toHaveValue('reject');
    select('take_ownership').focus();
    await user.selectOptions(select('take_ownership'), 'expect');
    await user.keyboard('{Tab}');
    within(old).getByRole('button', { name: 'Save label' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getAllByRole('listitem').filter((li) => li.classList.contains('flag-review'))).toHaveLength(1));
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Labelled: the reply joins the labelled set.');
    const labelled = (await storage.listAll()).flags.find((f) => f.id === 'flag-old');
    expect(labelled).toMatchObject({ status: 'labelled', label: { expect: ['commit_followup', 'take_ownership'], reject: ['blame_customer'], forbidden: null, by: 'Trainer Tam', at: '2026-03-03T12:00:00.000Z' } });
    expect(screen.getByText(/^1 labelled, 0 dismissed\. Download the set to give to a developer/)).toBeInTheDocument();
  });

  it('refuses a label with no move judged, and dismisses without labelling', async () => {
    const user = userEvent.setup();
    const storage = await seeded();
    const i18n = await show(storage);
    const newest = screen.getAllByRole('listitem').filter((li) => li.classList.contains('flag-review'))[0]!;
    for (const move of ['apologize', 'take_ownership']) await user.selectOptions(within(newest).getByRole('combobox', { name: i18n.t(`drill.moves.${move}` as 'drill.moves.greet') }), 'none');
    await user.click(within(newest).getByRole('button', { name: 'Save label' }));
    expect(within(newest).getByRole('alert')).toHaveTextContent('Mark at least one move as in the reply or not in it.');
    expect((await storage.listAll()).flags.every((f) => f.status === 'open')).toBe(true);
    await user.click(within(newest).getByRole('button', { name: 'Dismiss' }));
    await waitFor(async () => expect((await storage.listAll()).flags.find((f) => f.id === 'flag-new')?.status).toBe('dismissed'));
    expect(screen.getByRole('status')).toHaveTextContent('Dismissed: the reading stands.');
  });

  it('downloads the labelled set as JSONL in the tests/eval format, and offers nothing to download before', async () => {
    const user = userEvent.setup();
    const storage = await seeded();
    await storage.review('flag-old', { status: 'labelled', label: { expect: ['commit_followup'], reject: ['blame_customer'], forbidden: null, by: 'T', at: '2026-03-03T00:00:00Z' } }, new Date('2026-03-03T00:00:00Z'));
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await show(storage);
    await user.click(screen.getByRole('button', { name: 'Download the labelled set (for a developer)' }));
    expect(names).toEqual(['defuse-org-set-2026-03-03.jsonl']);
    const lines = (await blobs[0]!.text()).trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(lines).toEqual([{ id: 'flag-old', locale: 'zh-Hant', text: '我聽朝十點前call返你', expect: ['commit_followup'], reject: ['blame_customer'], forbidden: null, kind: 'flagged' }]);
    expect(() => parseLabelled(lines[0])).not.toThrow();
  });

  it('lists reviewed flags with their label, and reopens one back into the queue and out of the set', async () => {
    const user = userEvent.setup();
    const storage = await seeded();
    await storage.review('flag-old', { status: 'labelled', label: { expect: ['commit_followup'], reject: ['blame_customer'], forbidden: null, by: 'T', at: '2026-03-03T00:00:00Z' } }, new Date('2026-03-03T00:00:00Z'));
    const i18n = await show(storage);
    expect(screen.getAllByRole('listitem').filter((li) => li.classList.contains('flag-review'))).toHaveLength(1);
    await user.click(screen.getByText('Reviewed (1)'));
    expect(screen.getByText(`Labelled. In the reply: ${i18n.t('drill.moves.commit_followup')}. Not in it: ${i18n.t('drill.moves.blame_customer')}.`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reopen the flag on reply 1 by Amy' }));
    await waitFor(() => expect(screen.getAllByRole('listitem').filter((li) => li.classList.contains('flag-review'))).toHaveLength(2));
    expect(screen.getByRole('status')).toHaveTextContent('Reopened: the flag is back in the queue.');
    expect(screen.getByRole('button', { name: 'Download the labelled set (for a developer)' })).toBeDisabled();
    expect((await storage.listAll()).flags.find((f) => f.id === 'flag-old')).not.toHaveProperty('label');
  });

  it.each(['en', 'zh-Hant', 'zh-Hans'] as const)('tells a trainer what the labels are for, without developer commands or file formats (%s)', async (language) => {
    const i18n = await show(await seeded(), language);
    const page = document.body.textContent ?? '';
    expect(page).not.toMatch(/npx|defuse eval|tests\/eval|JSON/i);
    // The labels become the organisation's own test set for the reader; the download is for a developer.
    expect(page).toContain(i18n.t('misread.queue.intro'));
    expect(i18n.t('misread.queue.intro')).toMatch({ en: /own test set for the reader/, 'zh-Hant': /自己的判讀測試集/, 'zh-Hans': /自己的判读测试集/ }[language]);
    expect(screen.getByRole('button', { name: { en: /for a developer/, 'zh-Hant': /交給開發人員/, 'zh-Hans': /交给开发人员/ }[language] })).toBeInTheDocument();
  });

  it('says when nothing is waiting, in the trainer’s language', async () => {
    await show(createFlagsStorage(new DefuseDb(`queue-empty-${n++}`)), 'zh-Hans');
    expect(screen.getByText('目前没有待审核的标记。学员标记回复后会显示在这里。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下载标注集（交给开发人员）' })).toBeDisabled();
  });

  it('explains the labels in plain words, without the data set’s terms (expect, reject)', async () => {
    await show(await seeded(), 'zh-Hant');
    const hints = [...document.querySelectorAll('.hint')].map((e) => e.textContent ?? '');
    expect(hints.some((h) => h.includes('回覆有、回覆沒有'))).toBe(true);
    expect(document.body.textContent).not.toMatch(/expect|reject/);
  });
});
