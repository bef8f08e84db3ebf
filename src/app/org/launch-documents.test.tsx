// @vitest-environment jsdom
// A trainee's device launched by a cmi5 LMS has no record store of its own: the launch's (its endpoint and
// the session token the fetch URL hands out) is where it reads the organisation's pack and assignments,
// when the session's credentials may read documents. The test LRS: Learning Locker's statement and
// activity-profile services (its client lookup and scopes) and the cmi5 double (fetch URL, LaunchData).
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { acmePack, PACK_SCENARIO } from '../../../tests/lrs/org-package.ts';
import { startTestLrs, type TestLrs } from '../../../tests/lrs/test-lrs.ts';
import { basicAuthHeader } from '../../lrs/activity-profile.ts';
import { publishAssignmentsDocument, publishPackDocument } from '../../lrs/org-documents.ts';
import { setLmsLaunching, setLmsSession, useLmsSession } from '../../lms/lms-session.ts';
import { startLaunch } from '../../lms/start-launch.ts';
import { resetOrgConfig } from './org-config.ts';
import { loadOrgScenarios, resetOrgPacks, useOrgPacks, useStoreAssignments } from './org-packs.ts';

let lrs: TestLrs;
beforeAll(async () => {
  lrs = await startTestLrs();
  // The trainer's key, which may write the organisation's documents.
  lrs.addClient({ key: 'trainer', secret: 'secret', scopes: ['profile'] });
  const store = { endpoint: lrs.endpoint, auth: basicAuthHeader('trainer', 'secret') };
  expect(await publishPackDocument(store, 'acme', JSON.stringify(await acmePack()))).toEqual({ ok: true });
  const plan = { groups: [{ id: 'night', name: 'Night shift', trainees: ['Amy'] }], assignments: [{ id: 'lift', groupId: 'night', scenarioId: PACK_SCENARIO.id, difficulty: 'hard' as const, due: '2099-12-31T12:00:00Z', policy: 'best' as const }] };
  expect(await publishAssignmentsDocument(store, 'acme', plan)).toEqual({ ok: true });
});
afterAll(() => lrs?.close());
afterEach(() => {
  resetOrgPacks();
  resetOrgConfig();
  setLmsSession(null);
  setLmsLaunching(null);
  sessionStorage.clear();
});

/** As an LMS launches the AU: the launch query in the address, then the app's start-up. */
function launch(scopes?: string[]) {
  resetOrgConfig({ status: 'ready', config: { format: 'defuse-config', version: 1, organisation: { id: 'acme', name: 'Acme Property' } } });
  const query = lrs.cmi5Launch({
    registration: crypto.randomUUID(),
    activityId: `https://w3id.org/defuse/xapi/scenarios/${PACK_SCENARIO.id}`,
    actor: { objectType: 'Agent', name: 'Amy', account: { homePage: 'https://lms.example.org', name: 'amy' } },
    ...(scopes ? { scopes } : {}),
  });
  query.set('scenario', PACK_SCENARIO.id);
  window.history.replaceState(null, '', `/?${query.toString()}`);
  let trainee = '';
  startLaunch(window, (name) => (trainee = name));
  return () => trainee;
}

describe("a cmi5 launch reads the organisation's documents from the launch's record store", () => {
  it('offers the published pack and the assignments to the launched trainee when the session may read documents', async () => {
    const trainee = launch(['statements/write', 'statements/read', 'profile']);
    const scenarios = await loadOrgScenarios();
    expect(trainee()).toBe('Amy');
    expect(useLmsSession.getState().session?.kind).toBe('cmi5');
    expect(scenarios.map((s) => s.id)).toEqual([PACK_SCENARIO.id]);
    expect(useStoreAssignments.getState().assignments.map((a) => [a.id, a.scenarioId])).toEqual([['lift', PACK_SCENARIO.id]]);
    expect(useOrgPacks.getState()).toMatchObject({ status: 'loaded', problems: [], scenarios: 1 });
  }, 60_000);

  it('with statement-only session credentials, runs on without them and tells the trainer why', async () => {
    launch();
    expect(await loadOrgScenarios()).toEqual([]);
    expect(useLmsSession.getState().session?.kind).toBe('cmi5');
    expect(useStoreAssignments.getState()).toEqual({ groups: [], assignments: [] });
    const { problems } = useOrgPacks.getState();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^record store: scenario pack: HTTP 403/);
    expect(problems[1]).toMatch(/^record store: assignments: HTTP 403/);
  }, 60_000);
});
