// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { deriveBundleKey, signBundle } from '../../domain/records/bundle-signature.ts';
import { createPasscode } from '../../domain/records/passcode.ts';
import { resetOrgConfig } from '../org/org-config.ts';
import { FAST, renderGate as renderGateOver } from './test-support/render-gate.tsx';
import { KEPT_SESSION, lockTrainer, restoreKeptSession, useTrainerSession } from './trainer-session.ts';

const store = { getDeviceTrainer: async () => null, setDeviceTrainer: async () => {}, getPasscode: async () => null };

const renderGate = () => renderGateOver(store);

/** What a reload does to this tab: memory is gone, sessionStorage is not, and the session module reads it back. */
async function reload() {
  useTrainerSession.setState({ trainer: null, restoring: sessionStorage.getItem(KEPT_SESSION) !== null });
  await restoreKeptSession();
}

describe('the trainer unlock survives a reload of the tab', () => {
  beforeEach(async () => {
    lockTrainer();
    resetOrgConfig({ status: 'ready', config: { format: 'defuse-config', version: 1, organisation: { id: 'acme', name: 'Acme Property' }, trainerPasscode: await createPasscode('org passcode', FAST) } });
  });

  it('unlocked with the passcode, a reload opens the tools without asking, signing as before; the passcode itself is never kept', async () => {
    const user = userEvent.setup();
    const { unmount } = await renderGate();
    await user.type(await screen.findByLabelText('Your name'), 'Hana HR');
    await user.type(screen.getByLabelText('Passcode'), 'org passcode');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('secret area')).toBeInTheDocument();
    unmount();
    const kept = sessionStorage.getItem(KEPT_SESSION) ?? '';
    expect(kept).toContain('Hana HR');
    expect(kept).not.toContain('org passcode');
    expect(localStorage.getItem(KEPT_SESSION)).toBeNull();

    await reload();
    await renderGate();
    expect(await screen.findByText('secret area')).toBeInTheDocument();
    expect(screen.queryByLabelText('Passcode')).toBeNull();
    const trainer = useTrainerSession.getState().trainer!;
    expect(trainer).toMatchObject({ name: 'Hana HR', kind: 'organisation', signer: { id: 'acme', name: 'Acme Property' } });
    // Bundles signed after the reload check with the organisation's key as before.
    const doc = { format: 'x', n: 1 };
    expect(await signBundle(doc, trainer.signer.key)).toEqual(await signBundle(doc, await deriveBundleKey('org passcode', 'acme', FAST)));
  });

  it('a damaged kept unlock is dropped: the tools ask for the passcode', async () => {
    sessionStorage.setItem(KEPT_SESSION, '{"name":"Mallory","kind":"organisation","signer":{"id":"acme","name":"x"},"key":"nope"}');
    await reload();
    await renderGate();
    expect(await screen.findByLabelText('Passcode')).toBeInTheDocument();
    expect(screen.queryByText('secret area')).toBeNull();
    expect(sessionStorage.getItem(KEPT_SESSION)).toBeNull();
  });

  it('locking forgets the kept unlock: the next reload asks again', async () => {
    sessionStorage.setItem(KEPT_SESSION, JSON.stringify({ name: 'Hana HR', kind: 'organisation', signer: { id: 'acme', name: 'Acme' }, key: btoa('k'.repeat(32)) }));
    lockTrainer();
    await reload();
    expect(useTrainerSession.getState().trainer).toBeNull();
  });
});
