// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../tests/setup/axe.ts';
import { setupI18n } from '../../i18n/setup.ts';
import { useLrsSettings } from '../../lrs/lrs-settings.ts';
import { useSyncState } from '../../lrs/sync-store.ts';
import { SyncStatus } from './SyncStatus.tsx';

// The engine (IndexedDB, network) is tested on its own; here only what the panel asks of it.
const engine = vi.hoisted(() => ({ kick: vi.fn(), retry: vi.fn(async () => undefined) }));
vi.mock('../../lrs/sync-engine.ts', () => ({ getSyncEngine: () => engine }));

async function renderStatus() {
  const i18n = await setupI18n('en');
  return render(
    <I18nextProvider i18n={i18n}>
      <SyncStatus />
    </I18nextProvider>,
  );
}

describe('SyncStatus', () => {
  beforeEach(() => {
    useLrsSettings.getState().clear();
    useSyncState.setState({ active: false, pending: 0, rejected: 0, sending: false, lastError: null });
  });

  it('says when no LRS is set up, and saves the settings typed into the panel', async () => {
    await renderStatus();
    expect(screen.getByRole('status')).toHaveTextContent('No learning record store');
    await userEvent.click(screen.getByText('No learning record store'));
    await userEvent.type(await screen.findByLabelText('xAPI endpoint URL'), 'https://lrs.example.com/xapi');
    await userEvent.type(screen.getByLabelText('Key (username)'), 'k');
    await userEvent.type(screen.getByLabelText('Secret (password)'), 's');
    await expectNoAxeViolations();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(useLrsSettings.getState()).toMatchObject({ endpoint: 'https://lrs.example.com/xapi/', key: 'k', secret: 's' });
    await vi.waitFor(() => expect(engine.kick).toHaveBeenCalled());
  });

  it('refuses an endpoint that is not http(s)', async () => {
    await renderStatus();
    await userEvent.click(screen.getByText('No learning record store'));
    await userEvent.type(await screen.findByLabelText('xAPI endpoint URL'), 'ftp://x');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Enter an address starting with http:// or https://')).toBeInTheDocument();
    expect(useLrsSettings.getState().endpoint).toBe('');
  });

  it('shows waiting and refused records, the last error and a retry button', async () => {
    useSyncState.setState({ active: true, pending: 3, rejected: 1, lastError: 'HTTP 400: invalid' });
    await renderStatus();
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('1 records refused');
    await userEvent.click(screen.getByText('1 records refused'));
    expect(await screen.findByText('Last error: HTTP 400: invalid')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await vi.waitFor(() => expect(engine.retry).toHaveBeenCalled());
    await expectNoAxeViolations();
  });
});
