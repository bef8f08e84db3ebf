// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../tests/setup/axe.ts';
import type { PasscodeRecord } from '../domain/records/passcode.ts';
import { setupI18n } from '../i18n/setup.ts';
import { lockPasscodeGate, PasscodeGate } from './PasscodeGate.tsx';

let stored: PasscodeRecord | null = null;
const load = async () => stored;
const save = async (r: PasscodeRecord) => void (stored = r);

async function renderGate(setUpHere = true, saveRecord = save) {
  const i18n = await setupI18n('en');
  return render(
    <I18nextProvider i18n={i18n}>
      <PasscodeGate loadRecord={load} saveRecord={saveRecord} iterations={1000} setUpHere={setUpHere}>
        <p>secret area</p>
      </PasscodeGate>
    </I18nextProvider>,
  );
}

describe('PasscodeGate', () => {
  beforeEach(() => {
    stored = null;
    lockPasscodeGate();
  });

  it('sets a passcode on first use, says what it does and does not protect, then opens', async () => {
    const user = userEvent.setup();
    await renderGate();
    await screen.findByRole('heading', { name: 'Set a trainer passcode' });
    expect(screen.getByText(/casual access/)).toBeInTheDocument();
    expect(screen.getByText(/developer tools/)).toBeInTheDocument();
    await expectNoAxeViolations();
    await user.type(screen.getByLabelText('Passcode'), 'abc');
    await user.click(screen.getByRole('button', { name: 'Set passcode' }));
    expect(screen.getByRole('alert')).toHaveTextContent('at least 6');
    await user.type(screen.getByLabelText('Passcode'), 'defgh');
    await user.type(screen.getByLabelText('Repeat the passcode'), 'abcdefgX');
    await user.click(screen.getByRole('button', { name: 'Set passcode' }));
    expect(screen.getByRole('alert')).toHaveTextContent('differ');
    await user.clear(screen.getByLabelText('Repeat the passcode'));
    await user.type(screen.getByLabelText('Repeat the passcode'), 'abcdefgh');
    await user.click(screen.getByRole('button', { name: 'Set passcode' }));
    await screen.findByText('secret area');
    expect(JSON.stringify(stored)).not.toContain('abcdefgh');
  });

  it('asks for the passcode once set, refusing a wrong one', async () => {
    const { createPasscode } = await import('../domain/records/passcode.ts');
    stored = await createPasscode('right-code', 1000);
    const user = userEvent.setup();
    await renderGate();
    await screen.findByRole('heading', { name: 'Trainer passcode' });
    await user.type(screen.getByLabelText('Passcode'), 'wrong-code');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('not right');
    expect(screen.queryByText('secret area')).toBeNull();
    await user.type(screen.getByLabelText('Passcode'), 'right-code');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByText('secret area');
  });

  it('lets an area that does not set up the passcode open until one exists', async () => {
    await renderGate(false);
    await screen.findByText('secret area');
  });

  it('stays locked and says so when the passcode cannot be stored (a full disk unlocked the area and forgot the passcode)', async () => {
    const user = userEvent.setup();
    await renderGate(true, async () => {
      throw new Error('QuotaExceededError');
    });
    await user.type(await screen.findByLabelText('Passcode'), 'abcdefgh');
    await user.type(screen.getByLabelText('Repeat the passcode'), 'abcdefgh');
    await user.click(screen.getByRole('button', { name: 'Set passcode' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The passcode could not be saved on this device, so this area stays locked.');
    expect(screen.queryByText('secret area')).toBeNull();
    expect(screen.getByRole('button', { name: 'Set passcode' })).toBeEnabled();
  });
});
