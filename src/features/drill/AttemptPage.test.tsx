// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { setupI18n } from '../../i18n/setup.ts';
import type { DrillStorage } from '../../storage/drill-storage.ts';
import type { AttemptRecord } from '../../storage/records.ts';
import { AttemptPage } from './AttemptPage.tsx';

const stored = (engine: unknown): AttemptRecord =>
  ({
    schemaVersion: 1, id: 'a-1', trainee: 'Amy', scenarioId: 'angry-resident', scenarioVersion: '1-x', locale: 'en', mode: 'practice', seed: 1,
    replies: [], transcript: [], score: 50, passed: false, outcome: 'incomplete', scorecard: { engine }, startedAt: '2026-01-01T00:00:00Z', endedAt: '2026-01-01T00:01:00Z',
  }) as AttemptRecord;

function storageWith(attempt: AttemptRecord): DrillStorage {
  const none = async () => {
    throw new Error('unused');
  };
  return { getAttempt: async () => attempt, loadProgress: none, saveProgress: none, clearProgress: none, saveAttempt: none, listAttempts: none, listInProgress: none };
}

describe('AttemptPage', () => {
  it('names the damaged field of a stored scorecard and offers a way back, instead of crashing (turns [1,2,3])', async () => {
    const i18n = await setupI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <AttemptPage attemptId="a-1" language="en" storage={storageWith(stored({ dimensions: {}, turns: [1, 2, 3], hostility: [] }))} />
      </I18nextProvider>,
    );
    expect(await screen.findByText('This scorecard is damaged and cannot be shown')).toBeInTheDocument();
    expect(screen.getByText('scorecard.engine.turns[0]')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: i18n.t('common.backToLibrary') })).toHaveAttribute('href', '#/');
  });
});
