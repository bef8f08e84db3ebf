// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../tests/setup/axe.ts';
import { setupI18n } from '../i18n/setup.ts';
import { useStorageIssues } from '../storage/storage-errors.ts';
import { getStudioStorage } from '../storage/studio-storage.ts';
import { App } from './App.tsx';
import { usePreferences } from './preferences-store.ts';

async function renderApp(language: 'en' | 'zh-Hant' = 'en') {
  const i18n = await setupI18n(language);
  return render(
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>,
  );
}

/** Every file in scenarios/ is a shipped scenario with a card (the library grows; the test should not pin a number). */
const SHIPPED_COUNT = Object.keys(import.meta.glob('../../scenarios/*.json')).length;

describe('App', () => {
  beforeEach(() => {
    localStorage.clear();
    usePreferences.setState({ trainee: null, language: null, mode: 'practice' });
    useStorageIssues.setState({ issues: [] });
    window.location.hash = '#/';
  });

  it('asks for the trainee once, then shows the library with every scenario', async () => {
    const user = userEvent.setup();
    await renderApp('en');
    await expectNoAxeViolations();
    await user.type(screen.getByLabelText('Name or staff ID'), 'S1234{Enter}');
    expect(await screen.findByRole('heading', { name: 'Role-play drills', level: 1 })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /^Start drill / })).toHaveLength(SHIPPED_COUNT);
    expect(usePreferences.getState().trainee).toBe('S1234');
    // Keyboard users go on from the top of the library, not from the document (where the gone form left focus).
    expect(document.activeElement).toBe(screen.getByRole('main'));
    await expectNoAxeViolations();
  });

  it('switches the whole UI language from the header', async () => {
    const user = userEvent.setup();
    usePreferences.setState({ trainee: 'S1' });
    await renderApp('en');
    await user.selectOptions(screen.getByLabelText('Language'), 'zh-Hans');
    expect(await screen.findByRole('heading', { name: '场景演练', level: 1 })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(usePreferences.getState().language).toBe('zh-Hans');
  });

  it('shows storage failures to the trainee instead of swallowing them', async () => {
    usePreferences.setState({ trainee: 'S1' });
    await renderApp('en');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    act(() => useStorageIssues.getState().report({ kind: 'quota', operation: 'save-progress', detail: 'QuotaExceededError: The quota has been exceeded.' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your drill progress could not be saved');
    expect(alert).toHaveTextContent('storage is full');
    // The cause is summed up in the UI language; the browser's own words are folded away (and in the console) for support.
    expect(alert).toHaveTextContent("Cause: the browser's storage quota for this site is used up.");
    const raw = within(alert).getByText('QuotaExceededError: The quota has been exceeded.');
    expect(raw.closest('details')).toHaveProperty('open', false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('save-progress'), 'QuotaExceededError: The quota has been exceeded.');
    warn.mockRestore();
  });

  it('sums up a storage failure in Chinese, without the browser’s English in view', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    usePreferences.setState({ trainee: 'S1' });
    await renderApp('zh-Hant');
    act(() => useStorageIssues.getState().report({ kind: 'unavailable', operation: 'load-progress', detail: 'VersionError: The requested version (3) is less than the existing version (4).' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('原因：資料由較新版本的本系統儲存。請重新整理頁面以載入新版本。');
    expect(within(alert).getByText(/^VersionError/).closest('details')).toHaveProperty('open', false);
    vi.restoreAllMocks();
  });

  it('lists a scenario a trainer published in the studio, and opens its drill', async () => {
    const doc = JSON.parse(readFileSync('scenarios/angry-resident.json', 'utf8')) as Record<string, unknown>;
    const text = JSON.stringify({ ...doc, id: 'night-noise', title: { 'zh-Hant': '夜班噪音', 'zh-Hans': '夜班噪音', en: 'Night-shift <b>noise</b>' } });
    const at = new Date().toISOString();
    await getStudioStorage().put({ schemaVersion: 2, key: 'k-night', name: 'Night', draft: text, published: text, publishedId: 'night-noise', publishedAt: at, tests: [], createdAt: at, updatedAt: at });
    usePreferences.setState({ trainee: 'S1' });
    await renderApp('en');
    const title = await screen.findByRole('heading', { name: 'Night-shift <b>noise</b>', level: 3 });
    const card = title.closest('li') as HTMLElement;
    expect(within(card).getByText('From your trainer')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /^Start drill / })).toHaveLength(SHIPPED_COUNT + 1);
    await expectNoAxeViolations();
    act(() => void (window.location.hash = '#/drill/night-noise'));
    expect(await screen.findByRole('button', { name: 'Start the conversation' })).toBeInTheDocument();
    expect(screen.queryByText(/There is no scenario called/)).not.toBeInTheDocument();
    await getStudioStorage().remove('k-night');
  });

  it('takes the studio and the dashboard to the trainer unlock without asking for a trainee name, but not the library', async () => {
    window.location.hash = '#/studio';
    const { unmount } = await renderApp('en');
    expect(await screen.findByRole('heading', { name: 'Trainer tools are locked', level: 1 }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByLabelText('Name or staff ID')).not.toBeInTheDocument();
    unmount();
    window.location.hash = '#/scorecards';
    const second = await renderApp('en');
    expect(await screen.findByRole('heading', { name: 'Trainer tools are locked', level: 1 }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByLabelText('Name or staff ID')).not.toBeInTheDocument();
    second.unmount();
    window.location.hash = '#/';
    await renderApp('en');
    expect(screen.getByLabelText('Name or staff ID')).toBeInTheDocument();
  });

  it('shows a friendly page for an unknown route', async () => {
    usePreferences.setState({ trainee: 'S1' });
    window.location.hash = '#/nowhere';
    await renderApp('en');
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('App error boundary', () => {
  it('shows a reload message when a screen fails instead of a blank page', async () => {
    const { ErrorBoundary } = await import('../components/ErrorBoundary.tsx');
    const Boom = () => {
      throw new Error('chunk failed');
    };
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ErrorBoundary resetKey="a" fallback={(e) => <p role="alert">{e.message}</p>}>
        <Boom />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('chunk failed');
    spy.mockRestore();
  });
});
