// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../tests/setup/axe.ts';
import { setupI18n } from '../i18n/setup.ts';
import { useLmsSession, type LmsSession } from '../lms/lms-session.ts';
import { LmsExitButton } from './LmsExitButton.tsx';
import { LmsExitPanel } from './LmsExitPanel.tsx';

const cmi5 = (over: Partial<LmsSession> = {}): LmsSession => ({ kind: 'cmi5', scenarioId: 'angry-resident', report: async () => undefined, exit: vi.fn(async () => undefined), ...over });

/** The header button and, once leaving, the panel that replaces the page (as App composes them). */
function Harness() {
  const exit = useLmsSession((s) => s.exit);
  return (
    <>
      <LmsExitButton />
      <main>{exit.step !== 'idle' && <LmsExitPanel exit={exit} />}</main>
    </>
  );
}

async function renderHarness() {
  const i18n = await setupI18n('en');
  return render(
    <I18nextProvider i18n={i18n}>
      <Harness />
    </I18nextProvider>,
  );
}

describe('leaving a cmi5 session (header action and panel)', () => {
  beforeEach(() => useLmsSession.setState({ session: null, exit: { step: 'idle' } }));

  it('shows no action outside a cmi5 launch, nor under SCORM', async () => {
    await renderHarness();
    expect(screen.queryByRole('button')).toBeNull();
    act(() => useLmsSession.setState({ session: { kind: 'scorm', scenarioId: 'x', report: async () => undefined } }));
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('"Return to the course" with a returnURL, "End course session" without; a click exits', async () => {
    const user = userEvent.setup();
    const session = cmi5({ returnUrl: 'https://lms.example.com/back' });
    useLmsSession.setState({ session });
    const { unmount } = await renderHarness();
    await user.click(screen.getByRole('button', { name: 'Return to the course' }));
    expect(session.exit).toHaveBeenCalledTimes(1);
    unmount();
    useLmsSession.setState({ session: cmi5() });
    await renderHarness();
    expect(screen.getByRole('button', { name: 'End course session' })).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('while sending, the action is gone and the panel has focus', async () => {
    useLmsSession.setState({ session: cmi5(), exit: { step: 'sending' } });
    await renderHarness();
    const heading = screen.getByRole('heading', { name: 'Ending the course session and sending your learning records…' });
    expect(heading).toHaveFocus();
    expect(screen.queryByRole('button')).toBeNull();
    await expectNoAxeViolations();
  });

  it('LRS unreachable: says the records stay in this browser; try again, or return anyway', async () => {
    const user = userEvent.setup();
    const session = cmi5({ returnUrl: 'https://lms.example.com/back' });
    useLmsSession.setState({ session, exit: { step: 'unsent', count: 2, returnUrl: 'https://lms.example.com/back' } });
    await renderHarness();
    expect(screen.getByRole('heading', { name: "The course's learning record store cannot be reached" })).toHaveFocus();
    expect(screen.getByText(/2 learning records have not been sent yet\. They are kept in this browser/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Return to the course anyway' })).toHaveAttribute('href', 'https://lms.example.com/back');
    await expectNoAxeViolations();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(session.exit).toHaveBeenCalledTimes(1);
  });

  it('a failing exit shows its reason instead of vanishing', async () => {
    const user = userEvent.setup();
    useLmsSession.setState({ session: cmi5({ exit: async () => Promise.reject(new Error('storage refused')) }) });
    await renderHarness();
    await user.click(screen.getByRole('button', { name: 'End course session' }));
    expect(await screen.findByRole('heading', { name: 'The session could not be ended: storage refused' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('ended without a returnURL: the window can be closed; with one, a link back', async () => {
    useLmsSession.setState({ session: cmi5(), exit: { step: 'ended' } });
    const { unmount } = await renderHarness();
    expect(screen.getByRole('heading', { name: 'This course session has ended' })).toBeInTheDocument();
    expect(screen.getByText('You can close this window now.')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
    await expectNoAxeViolations();
    unmount();
    useLmsSession.setState({ exit: { step: 'ended', returnUrl: 'https://lms.example.com/back' } });
    await renderHarness();
    expect(screen.getByRole('link', { name: 'Return to the course' })).toHaveAttribute('href', 'https://lms.example.com/back');
    expect(screen.queryByText('You can close this window now.')).toBeNull();
  });
});
