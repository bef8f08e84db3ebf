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
  it('a new trainee is pointed at the first drill on the path, with no progress chart yet', async () => {
    await renderLibrary([]);
    const next = await screen.findByRole('region', { name: 'What to practise next' });
    expect(next).toHaveTextContent('Start with the first drill on the path');
    expect(within(next).getByRole('link', { name: 'Start this drill' })).toHaveAttribute('href', '#/drill/phone-lost-warranty');
    expect(screen.queryByRole('region', { name: 'Your progress by skill' })).toBeNull();
  });

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
