// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { act, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../tests/setup/axe.ts';
import { buildPack } from '../../domain/org/build-pack.ts';
import { setupI18n } from '../../i18n/setup.ts';
import { App } from '../App.tsx';
import { usePreferences } from '../preferences-store.ts';
import { lockTrainer, unlockTrainer } from '../trainer-access/trainer-session.ts';
import { resetOrgConfig } from './org-config.ts';
import { resetOrgPacks } from './org-packs.ts';

const angry = JSON.parse(readFileSync('scenarios/angry-resident.json', 'utf8')) as Record<string, unknown>;

async function servePacks(files: Record<string, string>) {
  const fetch = vi.fn((url: URL | string) => {
    const path = new URL(url, document.baseURI).pathname.replace(/^\//, '');
    return Promise.resolve(path in files ? new Response(files[path], { headers: { 'content-type': 'application/json' } }) : new Response('not found', { status: 404 }));
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe("the organisation's scenario packs in the app", () => {
  beforeEach(async () => {
    localStorage.clear();
    lockTrainer();
    resetOrgPacks();
    const title = { 'zh-Hant': '夜班噪音', 'zh-Hans': '夜班噪音', en: 'Night-shift noise' };
    const built = await buildPack({ id: 'acme', name: 'Acme drills', builtAt: '2026-12-02T00:00:00Z' }, [{ file: 'night.json', text: JSON.stringify({ ...angry, id: 'acme-night', title }) }]);
    if (!built.ok) throw new Error(built.problems.join('\n'));
    await servePacks({ 'packs/acme.json': JSON.stringify(built.pack), 'packs/broken.json': JSON.stringify({ ...built.pack, name: 'Edited by hand', scenarios: built.pack.scenarios.map((s) => ({ ...s, scenario: { ...s.scenario, passMark: 1 } })) }) });
    resetOrgConfig({ status: 'ready', config: { format: 'defuse-config', version: 1, organisation: { id: 'acme', name: 'Acme Property' }, packs: ['packs/acme.json', 'packs/broken.json', 'packs/gone.json'] } });
    usePreferences.setState({ trainee: 'S1', language: null, mode: 'practice' });
    window.location.hash = '#/';
  }, 60_000);
  afterEach(() => {
    vi.unstubAllGlobals();
    resetOrgPacks();
    resetOrgConfig();
  });

  it("lists a pack's scenario in the trainee's library marked as the organisation's, and tells the trainer which packs were left out and why", async () => {
    const i18n = await setupI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>,
    );
    const title = await screen.findByRole('heading', { name: 'Night-shift noise' }, { timeout: 30_000 });
    const card = title.closest('li')!;
    expect(within(card).getByText('From your organisation')).toBeInTheDocument();
    expect(within(card).queryByText('From your trainer')).toBeNull();
    // A shipped card carries no such mark.
    expect(within(screen.getByRole('heading', { name: (angry.title as { en: string }).en }).closest('li')!).queryByText('From your organisation')).toBeNull();
    await expectNoAxeViolations();

    act(() => unlockTrainer({ name: 'Tina', kind: 'device', signer: { id: 'device', name: 'Tina', key: {} as CryptoKey } }));
    act(() => void (window.location.hash = '#/trainers'));
    expect(await screen.findByText("The organisation's scenario packs give every trainee 1 scenario(s).")).toBeInTheDocument();
    const notice = screen.getByText(/A scenario pack listed in defuse.config.json could not be used/).closest('.notice, [role="alert"], section, div')!;
    expect(within(notice as HTMLElement).getByText(/^packs\/broken\.json: hash: does not match the scenarios/)).toBeInTheDocument();
    expect(within(notice as HTMLElement).getByText('packs/gone.json: (file): not found on the server (HTTP 404)')).toBeInTheDocument();
    await expectNoAxeViolations();
  }, 60_000);
});
