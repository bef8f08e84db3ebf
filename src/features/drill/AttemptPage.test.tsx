// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../tests/setup/axe.ts';
import { storedAttempt, storedOverride } from '../../domain/records/test-support/stored-attempt.ts';
import { storedScorecard } from '../../domain/records/test-support/stored-scorecard.ts';
import { setupI18n } from '../../i18n/setup.ts';
import { DefuseDb } from '../../storage/db.ts';
import { createDexieStorage } from '../../storage/drill-storage.ts';
import { createScorecardsStorage } from '../../storage/scorecards-storage.ts';
import { AttemptPage } from './AttemptPage.tsx';

let n = 0;
/** One database, as in the app: the drill stores attempts, the dashboard stores overrides beside them. */
async function seeded() {
  const db = new DefuseDb(`attempt-page-${Date.now()}-${n++}`);
  const drill = createDexieStorage(db);
  await drill.saveAttempt(storedAttempt({ id: 'amy-1', trainee: 'Amy', scenarioId: 'angry-resident', passMark: 60, score: 87, passed: true, scorecard: storedScorecard({ score: 87, passed: true }) }));
  return { drill, dashboard: createScorecardsStorage(db) };
}

async function renderPage(storage: ReturnType<typeof createDexieStorage>, viewer: string | null) {
  const i18n = await setupI18n('en');
  return render(
    <I18nextProvider i18n={i18n}>
      <AttemptPage attemptId="amy-1" language="en" storage={storage} viewer={viewer} />
    </I18nextProvider>,
  );
}

describe('AttemptPage', () => {
  it('does not open another trainee’s attempt, not even its result', async () => {
    const { drill } = await seeded();
    await renderPage(drill, 'Ben');
    expect(await screen.findByRole('alert')).toHaveTextContent('This attempt belongs to another trainee');
    expect(screen.queryByText(/87/)).toBeNull();
    await expectNoAxeViolations();
  });

  it('shows the trainee the review that counts: 87 overridden to 72, then to 58 with a pass mark of 60', async () => {
    const { drill, dashboard } = await seeded();
    await dashboard.addOverride(storedOverride({ attemptId: 'amy-1', target: 'overall', engineScore: 87, trainerScore: 72, reason: 'Late apology.', by: 'Tina', at: '2026-01-02T10:00:00.000Z' }));
    await dashboard.addOverride(storedOverride({ attemptId: 'amy-1', target: 'overall', engineScore: 87, trainerScore: 58, reason: 'No apology on second listen.', by: 'Tina', at: '2026-01-03T10:00:00.000Z' }));
    await renderPage(drill, 'Amy');
    const review = await screen.findByRole('region', { name: 'Your trainer reviewed this attempt' });
    expect(review).toHaveTextContent('Your score is 58: Not passed. The engine gave 87.');
    expect(review).toHaveTextContent('Reason: No apology on second listen.');
    expect(review).not.toHaveTextContent('Late apology');
    await expectNoAxeViolations();
  });

  it('says the reply limit ran out, not patience, when that is how the drill ended (stored and read back)', async () => {
    const db = new DefuseDb(`attempt-page-${Date.now()}-${n++}`);
    const drill = createDexieStorage(db);
    const card = storedScorecard({ forbidden: [null, null, null], hostility: [70, 50, 38] });
    await drill.saveAttempt(storedAttempt({ id: 'amy-1', trainee: 'Amy', scenarioId: 'angry-resident', outcome: 'walked_out', scorecard: { ...card, engine: { ...card.engine, outcome: 'walked_out', ending: 'turn-limit' } } }));
    await renderPage(drill, 'Amy');
    expect(await screen.findByText('The reply limit (3 replies) ran out before the complaint was settled, so the customer left.')).toBeInTheDocument();
    expect(screen.queryByText(/ran out of patience/)).toBeNull();
  });

  it('opens any attempt for an unlocked trainer', async () => {
    const { drill } = await seeded();
    await renderPage(drill, null);
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByText('This attempt belongs to another trainee')).toBeNull();
  });

  it('names the damaged field of a stored scorecard and offers a way back, instead of crashing (turns [1,2,3])', async () => {
    const db = new DefuseDb(`attempt-page-${Date.now()}-${n++}`);
    const good = storedAttempt({ id: 'amy-1', trainee: 'Amy' });
    // Written straight to the database, as an edited or pre-check import would have left it.
    await db.attempts.put({ ...good, scorecard: { ...good.scorecard, engine: { ...good.scorecard.engine, turns: [1, 2, 3] } } } as unknown as typeof good);
    const i18n = await setupI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <AttemptPage attemptId="amy-1" language="en" storage={createDexieStorage(db)} viewer="Amy" />
      </I18nextProvider>,
    );
    expect(await screen.findByText('This scorecard is damaged and cannot be shown')).toBeInTheDocument();
    expect(screen.getByText('scorecard.engine.turns[1]')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: i18n.t('common.backToLibrary') })).toHaveAttribute('href', '#/');
  });
});
