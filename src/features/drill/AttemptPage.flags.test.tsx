// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { setupI18n } from '../../i18n/setup.ts';
import { DefuseDb } from '../../storage/db.ts';
import type { DrillStorage } from '../../storage/drill-storage.ts';
import { createFlagsStorage, type FlagsStorage } from '../../storage/flags-storage.ts';
import type { AttemptRecord } from '../../storage/records.ts';
import { DIMENSIONS } from '../../domain/records/attempt.types.ts';
import { AttemptPage } from './AttemptPage.tsx';

const turn = (reply: string, acts: string[]) => ({ reply, acts, forbidden: [], customer: 'Hm.', hostility: 60, facts: [], evidence: [] });
const attempt = {
  schemaVersion: 1, id: 'a-7', trainee: 'Amy', scenarioId: 'angry-resident', scenarioVersion: '1-x', locale: 'en', mode: 'exam', seed: 1,
  replies: [{ text: 'Hello Mr Chan.', at: '2026-01-01T00:00:10Z' }, { text: "I'll sort it out myself today.", at: '2026-01-01T00:00:20Z' }],
  transcript: [], score: 50, passed: false, outcome: 'incomplete', startedAt: '2026-01-01T00:00:00Z', endedAt: '2026-01-01T00:01:00Z',
  scorecard: { engine: { scenario: 'angry-resident', locale: 'en', outcome: 'incomplete', score: 50, passed: false, dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, 50])), turns: [turn('Hello Mr Chan.', ['greet']), turn("I'll sort it out myself today.", [])], hostility: [60, 60], evidence: [] }, hintsUsed: 0, hintCost: 0 },
} as unknown as AttemptRecord;

const drillStorage = { getAttempt: async () => attempt, listReviews: async () => [] } as unknown as DrillStorage;

async function show(flags?: FlagsStorage) {
  const i18n = await setupI18n('en');
  render(
    <I18nextProvider i18n={i18n}>
      <AttemptPage attemptId="a-7" language="en" storage={drillStorage} viewer={null} {...(flags ? { flags } : {})} />
    </I18nextProvider>,
  );
  await screen.findByText('Hello Mr Chan.');
}

describe('the stored scorecard’s turns', () => {
  it('offer "I think this was misread" on every turn of the trainee’s own scorecard, stored against the attempt', async () => {
    const user = userEvent.setup();
    const flags = createFlagsStorage(new DefuseDb(`attempt-flags-${Date.now()}`));
    await show(flags);
    expect(screen.getByRole('button', { name: 'I think this was misread (reply 1)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'I think this was misread (reply 2)' }));
    // Nothing was read in this reply: the trainee can only say what was missed.
    expect(screen.getByText('Nothing was read in this reply.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Taking ownership' }));
    await user.click(screen.getByRole('button', { name: 'Send flag' }));
    await screen.findByText('You flagged this reply; a trainer will review it.');
    expect((await flags.listAll()).flags).toMatchObject([{ attemptId: 'a-7', turn: 1, reply: "I'll sort it out myself today.", locale: 'en', found: [], suggestion: { wrong: [], missing: ['take_ownership'] } }]);
  });

  it('offer no flag where the page has no flag storage (a trainer reading a trainee’s scorecard)', async () => {
    await show();
    expect(screen.queryByRole('button', { name: /was misread/ })).toBeNull();
  });
});
