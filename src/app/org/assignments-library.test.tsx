// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../tests/setup/axe.ts';
import { setupI18n } from '../../i18n/setup.ts';
import { App } from '../App.tsx';
import { usePreferences } from '../preferences-store.ts';
import { lockTrainer } from '../trainer-access/trainer-session.ts';
import { resetOrgConfig } from './org-config.ts';
import { usePlan } from '../../features/groups/plan-store.ts';

async function libraryOf(trainee: string, practice = false) {
  localStorage.clear();
  lockTrainer();
  resetOrgConfig(practice ? { status: 'practice' } : {
    status: 'ready',
    config: {
      format: 'defuse-config',
      version: 1,
      organisation: { id: 'acme', name: 'Acme Property' },
      groups: [{ id: 'night', name: 'Night shift', trainees: ['Amy Chan', 'Ben'] }],
      assignments: [
        { id: 'leak', groupId: 'night', scenarioId: 'angry-resident', difficulty: 'hard', due: '2099-12-10T12:00:00Z', policy: 'best' },
        { id: 'promise', groupId: 'night', scenarioId: 'broken-promise', difficulty: 'standard', due: '2020-01-15T12:00:00Z', policy: 'last' },
      ],
    },
  });
  usePreferences.setState({ trainee, language: null, mode: 'practice' });
  window.location.hash = '#/';
  const i18n = await setupI18n('en');
  render(
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>,
  );
  const card = (id: string) => document.querySelector(`li[aria-labelledby="scenario-${id}"]`) as HTMLElement;
  await screen.findByRole('heading', { name: 'A leak from upstairs, reported twice, nobody came' });
  return card;
}

describe("assignments in the trainee's library", () => {
  afterEach(() => {
    resetOrgConfig();
    usePlan.setState({ groups: [], assignments: [] });
  });

  it("shows a group member's assignments on their cards, with the difficulty and the due date, overdue ones as such", async () => {
    const card = await libraryOf(' amy chan ');
    expect(within(card('angry-resident')).getByText('Assigned at Hard, due Dec 10, 2099')).toBeInTheDocument();
    expect(within(card('broken-promise')).getByText('Assigned at Standard, overdue since Jan 15, 2020')).toBeInTheDocument();
    expect(within(card('phone-lost-warranty')).queryByText(/Assigned/)).toBeNull();
    await expectNoAxeViolations();
  });

  it('shows none to a trainee in no group', async () => {
    await libraryOf('Dan');
    expect(screen.queryByText(/Assigned at/)).toBeNull();
  });

  it('shows the assignments a trainer made on this device, also without an organisation file', async () => {
    const card = await libraryOf('Dan', true);
    usePlan.setState({ groups: [{ id: 'day', name: 'Day shift', trainees: ['Dan'] }], assignments: [{ id: 'pump', groupId: 'day', scenarioId: 'water-pump-runaround', difficulty: 'easy', due: '2099-06-30T12:00:00Z', policy: 'best' }] });
    expect(await within(card('water-pump-runaround')).findByText('Assigned at Easy, due Jun 30, 2099')).toBeInTheDocument();
  });
});
