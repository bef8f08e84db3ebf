// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../tests/setup/axe.ts';
import { setupI18n } from '../../i18n/setup.ts';
import { useLrsSettings } from '../../lrs/lrs-settings.ts';
import { useSyncState } from '../../lrs/sync-store.ts';
import { SyncPanel } from './SyncPanel.tsx';
import { SyncStatus } from './SyncStatus.tsx';

// The engine (IndexedDB, network) and the settings check are tested against the real LRS; here only what
// the panel asks of them and what it shows.
const engine = vi.hoisted(() => ({ kick: vi.fn(), retry: vi.fn(async () => undefined) }));
const saved = vi.hoisted(() => ({ settingsSaved: vi.fn(async () => undefined) }));
vi.mock('../../lrs/sync-engine.ts', () => ({ getSyncEngine: () => engine }));
vi.mock('../../lrs/settings-saved.ts', () => saved);

async function renderStatus() {
  const i18n = await setupI18n('en');
  return render(
    <I18nextProvider i18n={i18n}>
      <SyncStatus />
    </I18nextProvider>,
  );
}

/** The trainer tools' page: the panel with the settings form. */
async function renderSettings() {
  const i18n = await setupI18n('en');
  return render(
    <I18nextProvider i18n={i18n}>
      <SyncPanel settings inline />
    </I18nextProvider>,
  );
}

describe('SyncStatus', () => {
  beforeEach(() => {
    useLrsSettings.getState().clear();
    useSyncState.setState({ active: false, pending: 0, rejected: 0, sending: false, problem: null, check: { state: 'idle' } });
  });

  it('the trainee’s header shows nothing while no LRS is set up: records stay on the device', async () => {
    const { container } = await renderStatus();
    expect(container).toBeEmptyDOMElement();
  });

  it('the header’s panel shows the state and retry, never the LRS settings (they are the trainers’)', async () => {
    useSyncState.setState({ active: true, pending: 2 });
    await renderStatus();
    await userEvent.click(screen.getByText('2 records waiting to sync'));
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.queryByLabelText('xAPI endpoint URL')).toBeNull();
    expect(screen.queryByLabelText('Secret (password)')).toBeNull();
  });

  it('trainer settings: says when no LRS is set up, saves the settings typed in and checks them', async () => {
    await renderSettings();
    expect(screen.getByText('No learning record store')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('xAPI endpoint URL'), 'https://lrs.example.com/xapi');
    await userEvent.type(screen.getByLabelText('Key (username)'), 'k');
    await userEvent.type(screen.getByLabelText('Secret (password)'), 's');
    await expectNoAxeViolations();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(useLrsSettings.getState()).toMatchObject({ endpoint: 'https://lrs.example.com/xapi/', key: 'k', secret: 's' });
    await vi.waitFor(() => expect(saved.settingsSaved).toHaveBeenCalled());
  });

  it('trainer settings: refuses an endpoint that is not http(s)', async () => {
    await renderSettings();
    await userEvent.type(screen.getByLabelText('xAPI endpoint URL'), 'ftp://x');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Enter an address starting with http:// or https://')).toBeInTheDocument();
    expect(useLrsSettings.getState().endpoint).toBe('');
  });

  it('shows waiting and refused records, what went wrong in plain words, and a retry button', async () => {
    useSyncState.setState({ active: true, pending: 3, rejected: 1, problem: { kind: 'refused', status: 400 } });
    await renderStatus();
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('1 records refused');
    await userEvent.click(screen.getByText('1 records refused'));
    expect(await screen.findByText('The learning record store refused a record. It is kept on this computer; Retry sends it again. (HTTP 400)')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await vi.waitFor(() => expect(engine.retry).toHaveBeenCalled());
    await expectNoAxeViolations();
  });

  it('a damaged record on this device: counted with the refused ones, and said so in plain words', async () => {
    useSyncState.setState({ active: true, rejected: 1, problem: { kind: 'damaged', status: null } });
    await renderStatus();
    await userEvent.click(screen.getByText('1 records refused'));
    expect(await screen.findByTestId('sync-problem')).toHaveTextContent(
      'A learning record stored on this computer is damaged and cannot be sent. It is kept and counted as refused; the other records are sent as usual.',
    );
  });

  it('wrong settings: the header asks to check them before any record waits; the check says what is wrong', async () => {
    useSyncState.setState({ active: true, problem: { kind: 'credentials', status: 401 }, check: { state: 'done', problem: { kind: 'credentials', status: 401 }, canRead: false } });
    await renderStatus();
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Learning records not sent: check the settings');
    await renderSettings();
    expect(await screen.findByTestId('sync-check')).toHaveTextContent('The learning record store did not accept this key and secret. Check both. (HTTP 401)');
    await expectNoAxeViolations();
  });

  it('a write-only key: connected, with a plain note that the dashboard cannot read records back', async () => {
    useSyncState.setState({ active: true, check: { state: 'done', problem: null, canRead: false } });
    await renderStatus();
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Learning records synced');
    await renderSettings();
    expect(await screen.findByTestId('sync-check')).toHaveTextContent('This key may not read them back');
  });
});
