// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../tests/setup/axe.ts';
import { setupI18n } from '../i18n/setup.ts';
import { App } from './App.tsx';
import { usePreferences } from './preferences-store.ts';
import { parseHash, routeHref } from './routes.ts';

async function renderApp() {
  const i18n = await setupI18n('en');
  return render(
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>,
  );
}

describe('the trainee’s header', () => {
  beforeEach(() => {
    localStorage.clear();
    usePreferences.setState({ trainee: 'S1', language: null, mode: 'practice' });
    window.location.hash = '#/';
  });

  it('holds only what a trainee needs: who is practising, the language, and one entry for trainers', async () => {
    await renderApp();
    const header = screen.getByRole('banner');
    expect(within(header).getByText('S1')).toBeInTheDocument();
    expect(within(header).getByLabelText('Language')).toBeInTheDocument();
    // No HR or authoring links, no record-store form: one "For trainers" entry instead.
    expect(within(header).getAllByRole('link').map((a) => a.textContent)).toEqual(['DefuseComplaint-handling role-play', 'For trainers']);
    expect(within(header).queryByLabelText('xAPI endpoint URL')).toBeNull();
    expect(within(header).queryByText('No learning record store')).toBeNull();
  });

  it('"For trainers" leads to the scorecards, the studio and the record-store settings', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'For trainers' }));
    expect(await screen.findByRole('heading', { name: 'For trainers', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open scorecards' })).toHaveAttribute('href', '#/scorecards');
    expect(screen.getByRole('link', { name: 'Open the studio' })).toHaveAttribute('href', '#/studio');
    expect(await screen.findByLabelText('xAPI endpoint URL')).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('has a route of its own', () => {
    expect(parseHash('#/trainers')).toEqual({ name: 'trainers' });
    expect(routeHref({ name: 'trainers' })).toBe('#/trainers');
  });
});
