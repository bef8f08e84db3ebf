// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../../tests/setup/axe.ts';
import { SKILLS } from '../../../domain/records/practice-next.ts';
import { storedAttempt } from '../../../domain/records/test-support/stored-attempt.ts';
import type { Dimension } from '../../../domain/scoring/scorecard.types.ts';
import { setupI18n } from '../../../i18n/setup.ts';
import type { AttemptRecord } from '../../../storage/records.ts';
import { freshStorage } from '../test-support/render-drill.tsx';
import { PROGRESS_VERSION, progressKey, type ProgressRecord } from '../../../storage/progress-record.ts';
import { scenarioSummaries } from '../scenario-catalog.ts';
import { LibraryScreen } from './LibraryScreen.tsx';

let n = 0;
function attempt(scenarioId: string, day: number, dims: Partial<Record<Dimension, number>>, score = 60): AttemptRecord {
  const all = Object.fromEntries(SKILLS.map((s) => [s, dims[s] ?? 80])) as Partial<Record<Dimension, number>>;
  return storedAttempt({
    id: `lib-${n++}`, trainee: 'T1', scenarioId, scenarioVersion: 'v', replies: [{ text: 'hi', at: '2026-01-01T00:00:00.000Z' }],
    transcript: [{ speaker: 'customer', text: 'x', hostility: 70 }], score, passed: false, outcome: 'incomplete', dims: all,
    startedAt: new Date(Date.UTC(2026, 0, day)).toISOString(), endedAt: new Date(Date.UTC(2026, 0, day, 1)).toISOString(),
  });
}

async function renderLibrary(attempts: AttemptRecord[], storage = freshStorage(), language: 'en' | 'zh-Hant' | 'zh-Hans' = 'en') {
  for (const a of attempts) await storage.saveAttempt(a);
  const i18n = await setupI18n(language);
  return render(
    <I18nextProvider i18n={i18n}>
      <LibraryScreen trainee="T1" language={language} loadStorage={async () => storage} />
    </I18nextProvider>,
  );
}

describe('LibraryScreen: what to practise next, and progress', () => {
  // The gentlest shipped customer: Mrs Au's suggestion (starting hostility 32, a Starter drill), not the path's first.
  const said = {
    en: { fresh: 'New here? Start with the gentlest drill: ', back: 'Welcome back. Carry on with the drill you started: ', newcomer: /New here/, go: 'Start this drill', resume: 'Resume drill', starter: 'Starter' },
    'zh-Hant': { fresh: '第一次來？從最容易的演練開始：', back: '歡迎回來。繼續你已開始的演練：', newcomer: /第一次來/, go: '開始這個演練', resume: '繼續演練', starter: '入門' },
    'zh-Hans': { fresh: '第一次来？从最容易的演练开始：', back: '欢迎回来。继续你已开始的演练：', newcomer: /第一次来/, go: '开始这个演练', resume: '继续演练', starter: '入门' },
  } as const;
  const card = (id: string, language: keyof typeof said) => screen.getByRole('heading', { name: titleOf(id, language) }).closest('li') as HTMLElement;
  const titleOf = (id: string, language: keyof typeof said) => (scenarioSummaries().find((s) => s.id === id) as { title: Record<string, string> }).title[language];
  const underway = (scenarioId: string, value: unknown): ProgressRecord => ({
    schemaVersion: PROGRESS_VERSION, key: progressKey('T1', scenarioId), attemptId: `p-${scenarioId}`, trainee: 'T1', scenarioId, scenarioVersion: 'v',
    snapshot: { status: 'active', value, context: {} }, draft: '', updatedAt: '2026-01-01T00:00:00.000Z',
  });
  for (const language of ['en', 'zh-Hant', 'zh-Hans'] as const) {
    it(`a new trainee is pointed at the easiest (Starter) drill, with no progress chart yet (${language})`, async () => {
      const storage = freshStorage();
      // A briefing opened and left is no drill under way: still a newcomer.
      await storage.saveProgress(underway('angry-resident', 'briefing'));
      await renderLibrary([], storage, language);
      const line = await screen.findByText(new RegExp(said[language].fresh.replace('?', '\\?')));
      expect(line).toHaveTextContent(`${said[language].fresh}${titleOf('lobby-suggestion', language)}`);
      const next = line.closest('section') as HTMLElement;
      expect(within(next).getByRole('link', { name: said[language].go })).toHaveAttribute('href', '#/drill/lobby-suggestion');
      expect(within(card('lobby-suggestion', language)).getByText(said[language].starter)).toBeInTheDocument();
      expect(document.getElementById('progress-title')).toBeNull();
    });

    it(`a trainee with a drill under way is not greeted as new, and is sent back to it (${language})`, async () => {
      const storage = freshStorage();
      await storage.saveProgress(underway('broken-promise', { conversation: 'traineeTurn' }));
      await renderLibrary([], storage, language);
      const next = await screen.findByText(new RegExp(said[language].back));
      expect(next).toHaveTextContent(`${said[language].back}${titleOf('broken-promise', language)}`);
      expect(screen.queryByText(said[language].newcomer)).toBeNull();
      const region = next.closest('section') as HTMLElement;
      expect(within(region).getByRole('link', { name: said[language].resume })).toHaveAttribute('href', '#/drill/broken-promise');
    });
  }

  it('recommends the drill for the weakest recent skill and charts every skill over the drills', async () => {
    await renderLibrary([attempt('angry-resident', 1, { ask: 20, listen: 50 }), attempt('broken-promise', 2, { ask: 60, listen: 70 })]);
    const next = await screen.findByRole('region', { name: 'What to practise next' });
    // ask: (20 + 60) / 2 = 40, the lowest; weakest in angry-resident.
    expect(next).toHaveTextContent('Your weakest skill lately: Ask (問), 40 / 100 on average over your last 2 drills.');
    expect(within(next).getByRole('link', { name: 'Start this drill' })).toHaveAttribute('href', '#/drill/angry-resident');
    const progress = screen.getByRole('region', { name: 'Your progress by skill' });
    // The chart loads with the first past drill (not on a first visit).
    expect(await within(progress).findAllByRole('listitem')).toHaveLength(8);
    // The numbers are there for screen readers, drill by drill.
    const row = within(progress).getByRole('row', { name: /^Ask/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['20', '60']);
    expect(within(progress).getByText('+40')).toBeInTheDocument();
    await expectNoAxeViolations();
  });
});

describe('LibraryScreen: an attempt stored after the library opened', () => {
  it('shows in the recent results and the best score without a reload', async () => {
    // A slow device: the drill's save lands after the trainee went back to the library.
    const storage = freshStorage();
    await renderLibrary([], storage);
    const card = await screen.findByRole('listitem', { name: 'A leak from upstairs, reported twice, nobody came' });
    await screen.findByRole('region', { name: 'What to practise next' });
    expect(within(card).getByText('Not yet completed')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Recent results' })).toBeNull();

    await storage.saveAttempt(attempt('angry-resident', 3, { ask: 55 }));

    const recent = await screen.findByRole('region', { name: 'Recent results' });
    expect(within(recent).getByRole('link', { name: /A leak from upstairs/ })).toHaveAttribute('href', expect.stringMatching(/^#\/attempt\//));
    // The attempt's score is 60 against the scenario's pass mark of 60.
    expect(within(card).getByText('60 (pass mark 60)')).toBeInTheDocument();
  });
});

describe('LibraryScreen: recent results count their points', () => {
  it.each([
    ['en', ['1 point', '0 points', '45 points']],
    ['zh-Hant', ['1 分', '0 分', '45 分']],
    ['zh-Hans', ['1 分', '0 分', '45 分']],
  ] as const)('%s: one point, and more than one, read right', async (language, shown) => {
    await renderLibrary([attempt('angry-resident', 1, {}, 45), attempt('broken-promise', 2, {}, 0), attempt('angry-resident', 3, {}, 1)], freshStorage(), language);
    const i18n = await setupI18n(language);
    const recent = await screen.findByRole('region', { name: i18n.t('drill.library.recent') });
    expect([...recent.querySelectorAll('.recent-score')].map((s) => s.textContent)).toEqual(shown);
  });
});

describe('LibraryScreen: each card\'s start link names its scenario', () => {
  it.each(['en', 'zh-Hant'] as const)('%s: "Start drill" and the title, not "Start drill" a dozen times', async (language) => {
    await renderLibrary([], freshStorage(), language);
    const i18n = await setupI18n(language);
    const start = i18n.t('drill.library.start');
    await screen.findAllByRole('link', { name: new RegExp(`^${start}`) });
    const titles = [...document.querySelectorAll('.scenario-card h3')].map((h) => h.textContent ?? '');
    expect(titles.length).toBeGreaterThan(10);
    for (const title of titles) expect(screen.getByRole('link', { name: `${start} ${title}` })).toBeInTheDocument();
    expect(screen.queryAllByRole('link', { name: start })).toEqual([]);
  });
});
