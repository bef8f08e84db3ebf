// @vitest-environment jsdom
// Coming back to a drill: a damaged stored drill is kept (set aside, never deleted unasked) and the trainee is told in
// their language, offered the record and then its discarding; a drill that resumes plays on with its own stored seed; one
// started on an older version of the scenario starts afresh with the old one set aside.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import scenario from '../../../scenarios/angry-resident.json';
import { expectNoAxeViolations } from '../../../tests/setup/axe.ts';
import type { Language } from '../../i18n/languages.ts';
import { DefuseDb } from '../../storage/db.ts';
import { createDexieStorage } from '../../storage/drill-storage.ts';
import { PROGRESS_VERSION, progressKey, type ProgressRecord } from '../../storage/progress-record.ts';
import { freshStorage, renderDrill } from './test-support/render-drill.tsx';

let n = 0;
const freshDb = () => new DefuseDb(`drill-resume-test-${Date.now()}-${n++}`);

/** A drill in progress as stored, its draft damaged (a number): its schema refuses it on load. */
const damaged = {
  schemaVersion: PROGRESS_VERSION, key: progressKey('T1', 'angry-resident'), attemptId: 'lost-1', trainee: 'T1', scenarioId: 'angry-resident',
  scenarioVersion: 'x', snapshot: { status: 'active' }, draft: 42, updatedAt: '2026-01-01T00:00:00.000Z',
};

const said: Record<Language, { title: string; download: string; discard: string; start: string; discarded: string; detail: string }> = {
  en: { title: `Your unfinished drill of “${scenario.title.en}” could not be resumed`, download: 'Download the record (JSON)', discard: 'Discard the record', start: 'Start the conversation', detail: 'Technical detail: the saved field “draft” is missing or not as expected', discarded: 'The saved record was discarded.' },
  'zh-Hant': { title: `未能繼續您在「${scenario.title['zh-Hant']}」未完成的演練`, download: '下載紀錄（JSON）', discard: '捨棄紀錄', start: '開始對話', detail: '技術細節：已儲存的欄位「draft」遺失或不符合預期', discarded: '已捨棄紀錄。' },
  'zh-Hans': { title: `未能继续您在“${scenario.title['zh-Hans']}”未完成的演练`, download: '下载记录（JSON）', discard: '舍弃记录', start: '开始对话', detail: '技术细节：已保存的字段“draft”缺失或不符合预期', discarded: '已舍弃记录。' },
};

/** What the schema says of it (kept with the record, for whoever looks at the download). */
const damagedReason = 'field "draft": Invalid input: expected string, received number';

afterEach(() => vi.restoreAllMocks());

describe('a drill that cannot be resumed', () => {
  for (const language of ['en', 'zh-Hant', 'zh-Hans'] as const) {
    it(`is kept and the trainee is told, in ${language}, naming the scenario; the record downloads as stored, then is discarded`, async () => {
      const db = freshDb();
      await db.progress.put(damaged as unknown as ProgressRecord);
      const storage = createDexieStorage(db);
      const user = userEvent.setup();
      await renderDrill({ storage, language });
      const notice = (await screen.findByText(said[language].title)).closest('.notice') as HTMLElement;
      // The drill starts afresh beside it.
      expect(screen.getByRole('button', { name: said[language].start })).toBeInTheDocument();
      // The field at fault and a summary in the trainee's language; the schema's own (English) message only in the download.
      expect(within(notice).getByText(said[language].detail)).toHaveClass('detail');
      expect(notice.textContent).not.toContain(damagedReason);
      // Kept, not deleted: set aside as it was stored, out of the way of the new drill.
      expect(await db.progress.count()).toBe(0);
      expect(await db.setAsideProgress.count()).toBe(1);
      if (language === 'en') await expectNoAxeViolations();

      const saved: Blob[] = [];
      vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (saved.push(blob as Blob), 'blob:x'));
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
      await user.click(within(notice).getByRole('button', { name: said[language].download }));
      expect(JSON.parse(await saved[0]!.text())).toMatchObject({ scenarioId: 'angry-resident', reason: damagedReason, record: damaged });

      await user.click(within(notice).getByRole('button', { name: said[language].discard }));
      await waitFor(() => expect(screen.queryByText(said[language].title)).toBeNull());
      expect(await db.setAsideProgress.count()).toBe(0);
      // Said, and focus is not lost: it rests on the line that says so.
      expect(document.activeElement).toHaveTextContent(said[language].discarded);
    });
  }

  it('is told again on the next visit until discarded, and a drill whose snapshot cannot be restored is kept the same way', async () => {
    const db = freshDb();
    const storage = createDexieStorage(db);
    const first = await renderDrill({ storage });
    await screen.findByRole('button', { name: 'Start the conversation' });
    const version = (await waitFor(async () => {
      const stored = await storage.loadProgress('T1', 'angry-resident');
      expect(stored).not.toBeNull();
      return stored!;
    })).scenarioVersion;
    first.unmount();
    // The record reads (its schema holds), but its drill does not (a snapshot no version of the machine wrote).
    const unrestorable = { ...damaged, scenarioVersion: version, draft: '', snapshot: { status: 'lost' } };
    await db.progress.put(unrestorable as unknown as ProgressRecord);
    const second = await renderDrill({ storage });
    expect(await screen.findByText(said.en.title)).toBeInTheDocument();
    // Why, in the trainee's language (not a developer's sentence).
    expect(screen.getByText(/the saved conversation is not one this version of Defuse can resume/)).toBeInTheDocument();
    expect((await db.setAsideProgress.toArray()).map((d) => d.record)).toEqual([unrestorable]);
    second.unmount();
    await renderDrill({ storage });
    expect(await screen.findByText(said.en.title)).toBeInTheDocument();
  });
});

describe('a resumed drill', () => {
  it('plays on with its stored seed and draws no new one', async () => {
    const user = userEvent.setup();
    const storage = freshStorage();
    const first = await renderDrill({ storage, seed: 12345 });
    await user.click(await screen.findByRole('button', { name: 'Start the conversation' }));
    await user.click(screen.getByLabelText('Your reply'));
    await user.paste("Mr Chan, I'm so sorry you've been kept waiting.");
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(((await storage.loadProgress('T1', 'angry-resident'))?.snapshot as { context: { replies: unknown[] } }).context.replies).toHaveLength(1));
    first.unmount();

    // A seed is a 32-bit draw (ids.ts, newSeed); an attempt id is 9 bytes.
    const draws = vi.spyOn(crypto, 'getRandomValues');
    const seedsDrawn = () => draws.mock.calls.filter(([array]) => array instanceof Uint32Array).length;
    // No seed given (as in the app): resuming must not draw one.
    await renderDrill({ storage });
    await screen.findByText(/Welcome back/);
    expect(seedsDrawn()).toBe(0);
    expect(draws).not.toHaveBeenCalled();
    const stored = await storage.loadProgress('T1', 'angry-resident');
    expect((stored?.snapshot as { context: { meta: { seed: number } } }).context.meta.seed).toBe(12345);
  });
});

describe('DrillPage with a stored drill from an older scenario version', () => {
  it('starts afresh instead of replaying into a different conversation, and keeps the drill aside (never deleted) saying why', async () => {
    const storage = freshStorage();
    const stored = {
      schemaVersion: 2 as const, key: 'T1\u0000angry-resident', attemptId: 'old', trainee: 'T1', scenarioId: 'angry-resident', scenarioVersion: '1-deadbeef',
      snapshot: { status: 'active', value: { conversation: 'traineeTurn' }, context: {} }, draft: 'half a reply', updatedAt: '2026-01-01T00:00:00.000Z',
    };
    await storage.saveProgress(stored);
    await renderDrill({ storage });
    expect(await screen.findByText(/was changed after you started this drill/)).toBeInTheDocument();
    expect(screen.getByText('Technical detail: the scenario was changed after this drill was started')).toHaveClass('detail');
    expect(screen.getByRole('button', { name: 'Download the record (JSON)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start the conversation' })).toBeInTheDocument();
    // Out of the way of the new drill, but kept as it was stored.
    expect(await storage.loadProgress('T1', 'angry-resident')).toBeNull();
    expect((await storage.listSetAside('T1', 'angry-resident')).map((d) => [d.reason, d.record])).toEqual([['scenario-changed', stored]]);
  });
});
