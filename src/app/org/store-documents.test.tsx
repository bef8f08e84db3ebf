// @vitest-environment jsdom
// Two devices of one organisation and its record store (Learning Locker's activity-profile service, a real
// implementation of the xAPI document API): a trainer publishes a pack and an assignment from the trainers
// page; a trainee's device, with nothing served but the config, offers the scenario as assigned at start.
import 'fake-indexeddb/auto';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startActivityProfileService, type ActivityProfileService } from '../../../tests/lrs/activity-profile-service.ts';
import { acmePack, PACK_SCENARIO } from '../../../tests/lrs/org-package.ts';
import { usePlan } from '../../features/groups/plan-store.ts';
import { StorePublish } from '../../features/groups/StorePublish.tsx';
import { setupI18n } from '../../i18n/setup.ts';
import { basicAuthHeader } from '../../lrs/activity-profile.ts';
import { useLrsSettings } from '../../lrs/lrs-settings.ts';
import { App } from '../App.tsx';
import { TrainersPage } from '../TrainersPage.tsx';
import { usePreferences } from '../preferences-store.ts';
import { lockTrainer } from '../trainer-access/trainer-session.ts';
import { resetOrgConfig } from './org-config.ts';
import { loadOrgScenarios, resetOrgPacks } from './org-packs.ts';

let service: ActivityProfileService;
beforeAll(async () => {
  service = await startActivityProfileService();
});
afterAll(() => service?.close());
afterEach(() => {
  resetOrgPacks();
  resetOrgConfig();
  useLrsSettings.getState().clear();
  usePlan.setState({ groups: [], assignments: [] });
});

const ORG = { format: 'defuse-config' as const, version: 1 as const, organisation: { id: 'acme', name: 'Acme Property' } };

describe("the organisation's record store on two devices", () => {
  it('a trainer publishes a pack and an assignment; a trainee device loads both at start', async () => {
    const i18n = await setupI18n('en');
    // Device 1: the trainer, on the trainers page's publish card.
    usePlan.setState({ groups: [{ id: 'night', name: 'Night shift', trainees: ['Amy'] }], assignments: [{ id: 'lift', groupId: 'night', scenarioId: PACK_SCENARIO.id, difficulty: 'hard', due: '2099-12-31T12:00:00Z', policy: 'best' }] });
    const store = { endpoint: service.endpoint, auth: basicAuthHeader('trainer', 'secret') };
    const { unmount } = render(
      <I18nextProvider i18n={i18n}>
        <StorePublish orgId="acme" store={store} />
      </I18nextProvider>,
    );
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Scenario pack file (built with npx defuse pack)'), new File([JSON.stringify(await acmePack())], 'acme.json', { type: 'application/json' }));
    expect(await screen.findByText('Published “Acme onboarding” (1 scenario) to the record store.')).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Scenario pack file (built with npx defuse pack)'), new File(['{"format":"defuse-pack"}'], 'junk.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^junk\.json is not a scenario pack that checks; nothing was published: /);
    await user.click(screen.getByRole('button', { name: 'Publish groups and assignments' }));
    expect(await screen.findByText('Published 1 assignment (and the groups) to the record store.')).toBeInTheDocument();
    unmount();

    // Device 2: a fresh trainee device with the organisation's config (no packs, no assignments in it) and the store.
    localStorage.clear();
    usePlan.setState({ groups: [], assignments: [] });
    lockTrainer();
    resetOrgPacks();
    resetOrgConfig({ status: 'ready', config: ORG });
    useLrsSettings.getState().save({ endpoint: service.endpoint, key: 'device', secret: 'secret', homePage: '' });
    usePreferences.setState({ trainee: 'Amy', language: null, mode: 'practice' });
    window.location.hash = '#/';
    render(
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>,
    );
    const heading = await screen.findByRole('heading', { name: PACK_SCENARIO.title }, { timeout: 20_000 });
    const card = heading.closest('li') as HTMLElement;
    expect(within(card).getByText('From your organisation')).toBeInTheDocument();
    expect(within(card).getByText('Assigned at Hard, due Dec 31, 2099')).toBeInTheDocument();
  }, 60_000);

  it("a pack the trainer publishes is in the assignment form's scenario list at once, without a reload", async () => {
    const i18n = await setupI18n('en');
    // An organisation of its own: nothing published to its documents yet.
    resetOrgConfig({ status: 'ready', config: { ...ORG, organisation: { id: 'acme-fresh', name: 'Acme Fresh' } } });
    useLrsSettings.getState().save({ endpoint: service.endpoint, key: 'trainer', secret: 'secret', homePage: '' });
    usePlan.setState({ groups: [{ id: 'night', name: 'Night shift', trainees: ['Amy'] }], assignments: [] });
    render(
      <I18nextProvider i18n={i18n}>
        <TrainersPage />
      </I18nextProvider>,
    );
    const list = await screen.findByRole('combobox', { name: 'Scenario' });
    // The page has read the organisation's (empty) documents.
    await loadOrgScenarios();
    expect(within(list).queryByRole('option', { name: PACK_SCENARIO.title })).toBeNull();
    await userEvent.setup().upload(screen.getByLabelText('Scenario pack file (built with npx defuse pack)'), new File([JSON.stringify(await acmePack())], 'acme.json', { type: 'application/json' }));
    expect(await screen.findByText('Published “Acme onboarding” (1 scenario) to the record store.')).toBeInTheDocument();
    expect(await within(list).findByRole('option', { name: PACK_SCENARIO.title }, { timeout: 20_000 })).toBeInTheDocument();
  }, 60_000);

  it('says plainly when the credentials may not write documents', async () => {
    const i18n = await setupI18n('en');
    usePlan.setState({ groups: [{ id: 'night', name: 'Night shift', trainees: ['Amy'] }], assignments: [] });
    // The service's own test client lookup: this token is a client without a profile scope.
    render(
      <I18nextProvider i18n={i18n}>
        <StorePublish orgId="acme" store={{ endpoint: service.endpoint, auth: 'invalid_scope_client' }} />
      </I18nextProvider>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Publish groups and assignments' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("The record store refused these credentials for documents (HTTP 403): this device's key needs permission to write activity profiles");
  }, 30_000);
});
