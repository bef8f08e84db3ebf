// Real browser, issue 19 items 3(c) and 6: the organisation's record store serves its pack and its
// assignments as xAPI Activity Profile documents (Learning Locker's document service, mounted beside its
// statement service in the test LRS). On one profile a trainer publishes a pack file and assigns its
// scenario to a group from the trainers page; on a second, fresh profile (another device, nothing served
// but the config) the trainee finds the scenario marked as the organisation's and assigned, and plays it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERBS } from '../../src/domain/xapi/iris.ts';
import { PACK_SCENARIO } from '../lrs/org-package.ts';
import { startTestLrs, type TestLrs } from '../lrs/test-lrs.ts';
import { expectAxeClean, newPage, playToScorecard, useBrowser } from './browser.ts';
import { defuse, orgSite } from './org-site.ts';
import { until } from './lrs-support.ts';

const PASSCODE = 'acme-trainers-2026';
// A copy of the build beside the shared one: only the organisation's config is added, no pack.
const { folder, base, copyBuild } = orgSite('org-store-');
const work = mkdtempSync(join(tmpdir(), 'defuse-org-store-'));
const browser = useBrowser();
let lrs: TestLrs;

beforeAll(async () => {
  copyBuild();
  const config = join(folder, 'defuse.config.json');
  await defuse(['config', 'init', '--id', 'acme', '--name', 'Acme Property', '--file', config]);
  await defuse(['config', 'set-passcode', '--file', config], [`${PASSCODE}\n`]);
  const angry = JSON.parse(readFileSync(new URL('../../scenarios/angry-resident.json', import.meta.url), 'utf8'));
  const exported = join(work, 'acme-lift.json');
  writeFileSync(exported, JSON.stringify({ ...angry, id: PACK_SCENARIO.id, title: { 'zh-Hant': PACK_SCENARIO.titleZhHant, 'zh-Hans': '停了两次的电梯', en: PACK_SCENARIO.title } }, null, 2));
  await defuse(['pack', join(work, 'acme.json'), exported, '--name', 'Acme onboarding']);
  lrs = await startTestLrs();
  // The trainer's credentials may write documents (Learning Locker's `profile` scope); the trainee's only read them.
  lrs.addClient({ key: 'trainer-key', secret: 'trainer-secret', scopes: ['statements/write', 'statements/read', 'profile'] });
  lrs.addClient({ key: 'device-key', secret: 'device-secret', scopes: ['statements/write', 'statements/read', 'all/read'] });
}, 120_000);
afterAll(async () => {
  await lrs?.close();
  rmSync(folder, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

async function setRecordStore(page: Page, key: string, secret: string) {
  await page.getByLabel('xAPI endpoint URL').fill(lrs.endpoint);
  await page.getByLabel('Key (username)').fill(key);
  await page.getByLabel('Secret (password)').fill(secret);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.locator('.sync-summary').getByText('Learning records synced').waitFor();
}

describe("the organisation's record store on two devices (real browser)", () => {
  it('a trainer publishes a pack and an assignment to the record store; a fresh device offers and plays it', async () => {
    const trainer = await newPage(browser(), { locale: 'en-GB' });
    const page = trainer.page;
    await page.goto(`${base}?lng=en#/trainers`);
    await page.getByRole('heading', { name: 'Trainer sign-in: Acme Property' }).waitFor();
    await page.getByLabel('Your name').fill('Tina Trainer');
    await page.getByLabel('Passcode', { exact: true }).fill(PASSCODE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await setRecordStore(page, 'trainer-key', 'trainer-secret');
    await page.getByLabel('Scenario pack file (built with npx defuse pack)').setInputFiles(join(work, 'acme.json'));
    await page.getByText('Published “Acme onboarding” (1 scenario) to the record store.').waitFor();
    // A group and an assignment of the pack's scenario (known on this device once the page reloads the catalog).
    await page.getByLabel('Group name').fill('Night shift');
    await page.getByLabel('Trainees').fill('Amy\nBen');
    await page.getByRole('button', { name: 'Add group' }).click();
    await page.getByLabel('Scenario', { exact: true }).selectOption('angry-resident');
    await page.getByLabel('Due date (the end of that day)').fill('2099-12-31');
    await page.getByRole('button', { name: 'Assign', exact: true }).click();
    await page.getByRole('button', { name: 'Publish groups and assignments' }).click();
    await page.getByText('Published 1 assignment (and the groups) to the record store.').waitFor();
    await expectAxeClean(page, 'trainers page with groups and the record store');
    // A document not yet published is a 404 (xAPI 1.0.3), which the browser logs; nothing else may fail.
    expect(trainer.errors.filter((e) => !/404/.test(e))).toEqual([]);
    await trainer.context.close();

    // Another device: only the config is served; the record store is set up (read-only for documents).
    const device = await newPage(browser(), { locale: 'en-GB', quickCustomer: true });
    await device.context.addInitScript(
      ([endpoint]) => localStorage.setItem('defuse.lrs', JSON.stringify({ state: { endpoint, key: 'device-key', secret: 'device-secret', homePage: '' }, version: 1 })),
      [lrs.endpoint],
    );
    await device.page.goto(`${base}?trainee=Amy&lng=en#/`);
    const card = device.page.locator('.scenario-card', { has: device.page.getByRole('heading', { name: PACK_SCENARIO.title }) });
    await card.getByText('From your organisation').waitFor();
    const assigned = device.page.locator('.scenario-card', { has: device.page.getByRole('heading', { name: 'A leak from upstairs, reported twice, nobody came' }) });
    await assigned.getByText(/^Assigned at Standard, due Dec 31, 2099$/).waitFor();
    await playToScorecard(device.page, `${base}?trainee=Amy&lng=en#/drill/${PACK_SCENARIO.id}`);
    await until(() => lrs.statements.some((s) => s.verb.id === VERBS.passed.id || s.verb.id === VERBS.failed.id));
    expect(lrs.statements.some((s) => s.object.id.endsWith(`/scenarios/${PACK_SCENARIO.id}`))).toBe(true);
    expect(device.errors.filter((e) => !/404/.test(e))).toEqual([]);
    await device.context.close();
  }, 240_000);
});
