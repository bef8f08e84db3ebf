// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../tests/setup/axe.ts';
import type { DeviceTrainerRecord } from '../../domain/org/trainer-device.ts';
import { createPasscode, type PasscodeRecord } from '../../domain/records/passcode.ts';
import { resetOrgConfig } from '../org/org-config.ts';
import { FAST, renderGate as renderGateOver } from './test-support/render-gate.tsx';
import type { TrainerAccessStore } from './TrainerGate.tsx';
import { lockTrainer, useTrainerSession } from './trainer-session.ts';

let device: DeviceTrainerRecord | null = null;
let legacy: PasscodeRecord | null = null;
let keeps = true;
const store: TrainerAccessStore = {
  getDeviceTrainer: async () => device,
  // A full disk: storage (scorecards-storage.ts) reads the set-up back and throws when it was not kept.
  setDeviceTrainer: async (r) => {
    if (!keeps) throw new Error('the trainer set-up was not kept');
    device = r;
  },
  getPasscode: async () => legacy,
};

const renderGate = () => renderGateOver(store);

describe('TrainerGate', () => {
  it('stays locked and says so when the device does not keep the set-up (no recovery code for a set-up that is not there)', async () => {
    keeps = false;
    const user = userEvent.setup();
    await renderGate();
    await user.click(await screen.findByRole('button', { name: 'Set up this device for a trainer' }));
    await user.type(screen.getByLabelText('Your name'), 'Tina Trainer');
    await user.type(screen.getByLabelText('Passcode'), 'first passcode');
    await user.type(screen.getByLabelText('Repeat the passcode'), 'first passcode');
    await user.click(screen.getByLabelText(/I am a trainer/));
    await user.click(screen.getByRole('button', { name: 'Set up this device' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The passcode could not be saved on this device, so this area stays locked.');
    expect(screen.queryByRole('heading', { name: 'Keep your recovery code' })).toBeNull();
    expect(screen.queryByText('secret area')).toBeNull();
    expect(useTrainerSession.getState().trainer).toBeNull();
  });

  beforeEach(() => {
    device = null;
    legacy = null;
    keeps = true;
    lockTrainer();
    resetOrgConfig({ status: 'practice' });
  });

  it('stays locked for the first visitor: setting up the device is an explicit step that gives a recovery code', async () => {
    const user = userEvent.setup();
    const { unmount } = await renderGate();
    await screen.findByRole('heading', { name: 'Trainer tools are locked' });
    expect(screen.queryByText('secret area')).toBeNull();
    expect(screen.queryByLabelText('Passcode')).toBeNull();
    await expectNoAxeViolations();

    await user.click(screen.getByRole('button', { name: 'Set up this device for a trainer' }));
    await user.type(screen.getByLabelText('Your name'), 'Tina Trainer');
    await user.type(screen.getByLabelText('Passcode'), 'first passcode');
    await user.type(screen.getByLabelText('Repeat the passcode'), 'first passcode');
    await user.click(screen.getByRole('button', { name: 'Set up this device' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Confirm that you are a trainer');
    await user.click(screen.getByLabelText(/I am a trainer/));
    await user.click(screen.getByRole('button', { name: 'Set up this device' }));

    await screen.findByRole('heading', { name: 'Keep your recovery code' });
    const code = screen.getByLabelText('Recovery code').textContent ?? '';
    expect(code).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    expect(screen.getByRole('button', { name: 'Continue' })).toBeDisabled();
    await user.click(screen.getByLabelText(/I have kept the recovery code/));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('secret area')).toBeInTheDocument();
    expect(useTrainerSession.getState().trainer).toMatchObject({ name: 'Tina Trainer', kind: 'device', signer: { name: 'Tina Trainer' } });
    unmount();

    // A forgotten passcode: the recovery code sets a new one; nothing is wiped.
    lockTrainer();
    await renderGate();
    await screen.findByRole('heading', { name: 'Trainer tools of Tina Trainer' });
    await user.type(screen.getByLabelText('Passcode'), 'not it');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That passcode is not right.');
    await user.click(screen.getByRole('button', { name: /Use the recovery code/ }));
    await user.type(screen.getByLabelText('Recovery code'), code.toLowerCase());
    await user.type(screen.getByLabelText('New passcode'), 'second passcode');
    await user.type(screen.getByLabelText('Repeat the passcode'), 'second passcode');
    await user.click(screen.getByRole('button', { name: 'Set the new passcode' }));
    await screen.findByRole('heading', { name: 'Keep your recovery code' });
    expect(screen.getByLabelText('Recovery code').textContent).not.toBe(code);
  });

  it('with a deployed organisation passcode, asks for the trainer’s name and that passcode; no device set-up is offered', async () => {
    const user = userEvent.setup();
    resetOrgConfig({ status: 'ready', config: { format: 'defuse-config', version: 1, organisation: { id: 'acme', name: 'Acme Property' }, trainerPasscode: await createPasscode('org passcode', FAST) } });
    await renderGate();
    await screen.findByRole('heading', { name: 'Trainer sign-in: Acme Property' });
    expect(screen.queryByRole('button', { name: 'Set up this device for a trainer' })).toBeNull();
    await user.type(screen.getByLabelText('Passcode'), 'org passcode');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter your name');
    await user.type(screen.getByLabelText('Your name'), 'Hana HR');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('secret area')).toBeInTheDocument();
    expect(useTrainerSession.getState().trainer).toMatchObject({ name: 'Hana HR', kind: 'organisation', signer: { id: 'acme', name: 'Acme Property' } });
  });

  it('lists the problems of a wrong organisation file to the trainer and runs as practice', async () => {
    resetOrgConfig({ status: 'invalid', problems: ['defuse.config.json: organisation.id: organisation id must be lower-case letters, digits and dashes (at most 63)'] });
    await renderGate();
    expect(await screen.findByRole('alert')).toHaveTextContent('organisation.id: organisation id must be lower-case');
    expect(screen.getByRole('heading', { name: 'Trainer tools are locked' })).toBeInTheDocument();
  });
});
