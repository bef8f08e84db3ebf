// Real browser, issue 19 item 3(a): a scenario pack every device of the organisation loads. The pack and
// the config are written by the CLI the README documents (`defuse pack`, `defuse config add-pack`) into a
// copy of the built app's folder; a trainee on one profile finds the pack's scenario marked as the
// organisation's and plays it; a trainer on a second, fresh profile (another device) imports that
// attempt and it re-scores, because that device loaded the same pack. A damaged pack listed beside it is
// reported to the trainer by file name and left out; the app keeps working. The same config assigns the
// scenario to Amy's group: her card says so, and the dashboard counts her as done and Ben not yet.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean, newPage, playToScorecard, useBrowser } from './browser.ts';
import { defuse, orgSite } from './org-site.ts';

const PASSCODE = 'acme-trainers-2026';
// A copy of the build beside the shared one (served by the same server), so its config changes no other test.
const { folder, base, copyBuild } = orgSite('org-');
const work = mkdtempSync(join(tmpdir(), 'defuse-org-packs-'));
const browser = useBrowser();

beforeAll(async () => {
  copyBuild();
  const angry = JSON.parse(readFileSync(new URL('../../scenarios/angry-resident.json', import.meta.url), 'utf8'));
  const exported = join(work, 'acme-night.json');
  writeFileSync(exported, JSON.stringify({ ...angry, id: 'acme-night', title: { 'zh-Hant': '夜班噪音', 'zh-Hans': '夜班噪音', en: 'Night-shift noise' } }, null, 2));
  const config = join(folder, 'defuse.config.json');
  await defuse(['config', 'init', '--id', 'acme', '--name', 'Acme Property', '--file', config]);
  await defuse(['config', 'set-passcode', '--file', config], [`${PASSCODE}\n`]);
  // The README's two commands.
  mkdirSync(join(folder, 'packs'));
  await defuse(['pack', join(folder, 'packs/acme.json'), exported, '--name', 'Acme drills']);
  await defuse(['config', 'add-pack', 'packs/acme.json', '--file', config]);
  // Amy's group is assigned the pack's scenario, due far ahead.
  await defuse(['config', 'add-group', '--id', 'night', '--name', 'Night shift', '--trainees', 'Amy, Ben', '--file', config]);
  await defuse(['config', 'add-assignment', '--id', 'noise', '--group', 'night', '--scenario', 'acme-night', '--due', '2099-12-31', '--file', config]);
  // A pack damaged after it was listed (edited by hand on the server).
  const damaged = readFileSync(join(folder, 'packs/acme.json'), 'utf8').replace('"passMark": ', '"passMark": 1');
  writeFileSync(join(folder, 'packs/damaged.json'), damaged);
  const doc = JSON.parse(readFileSync(config, 'utf8'));
  writeFileSync(config, JSON.stringify({ ...doc, packs: [...doc.packs, 'packs/damaged.json', 'packs/missing.json'] }, null, 2));
}, 120_000);
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

async function unlockOrganisation(page: Page, route: string) {
  await page.goto(`${base}?lng=en#/${route}`);
  await page.getByRole('heading', { name: 'Trainer sign-in: Acme Property' }).waitFor();
  await page.getByLabel('Your name').fill('Tina Trainer');
  await page.getByLabel('Passcode', { exact: true }).fill(PASSCODE);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

describe("the organisation's scenario pack on two devices (real browser)", () => {
  it("a trainee plays the pack's scenario on one device; on another the trainer re-scores it and sees the damaged pack reported", async () => {
    const trainee = await newPage(browser(), { locale: 'en-GB', quickCustomer: true });
    const page = trainee.page;
    await page.goto(`${base}?trainee=Amy&lng=en#/`);
    const card = page.locator('.scenario-card', { has: page.getByRole('heading', { name: 'Night-shift noise' }) });
    await card.getByText('From your organisation').waitFor();
    await expect(card.getByText('From your trainer').count()).resolves.toBe(0);
    await card.getByText(/^Assigned at Standard, due Dec 31, 2099$/).waitFor();
    await expectAxeClean(page, 'library with an organisation scenario');

    await playToScorecard(page, `${base}?trainee=Amy&lng=en#/drill/acme-night`);

    await unlockOrganisation(page, 'scorecards');
    await page.getByRole('heading', { name: 'Scorecards', level: 1 }).waitFor();
    await page.getByText('Showing 1 of 1 attempts').waitFor();
    // The dashboard names it by its title (from the pack), not by the raw id.
    await page.getByRole('row', { name: /Night-shift noise/ }).waitFor();
    // Amy has done the assignment; Ben, in the same group, has not.
    await page.getByRole('link', { name: 'Assignments' }).click();
    const assignment = page.getByRole('article', { name: 'Night-shift noise · Night shift' });
    await assignment.getByText('Completed by 1 of 2').waitFor();
    await expectAxeClean(page, 'assignments');
    await page.getByRole('link', { name: 'Export and import' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON bundle' }).click()]);
    const bundle = join(work, 'bundle.json');
    writeFileSync(bundle, readFileSync((await download.path())!, 'utf8'));
    expect(JSON.parse(readFileSync(bundle, 'utf8')).attempts.map((a: { scenarioId: string }) => a.scenarioId)).toEqual(['acme-night']);
    // Every device asks for the missing pack (a 404 in the console); nothing else may fail.
    expect(trainee.errors.filter((e) => !/404/.test(e))).toEqual([]);
    await trainee.context.close();

    // Another device: a fresh profile that knows the scenario only from the pack.
    const other = await newPage(browser(), { locale: 'en-GB' });
    await unlockOrganisation(other.page, 'scorecards');
    await other.page.getByRole('link', { name: 'Export and import' }).click();
    await other.page.getByLabel('Bundle file').setInputFiles(bundle);
    await other.page.getByText('Attempts added: 1.').waitFor();
    await expect(other.page.getByText('Flagged:', { exact: false }).count()).resolves.toBe(0);
    await expect(other.page.getByText('Could not be re-scored', { exact: false }).count()).resolves.toBe(0);
    // Its scorecard on this device: re-scored against the pack's scenario, same result, under its title.
    await other.page.goto(`${base}?lng=en#/scorecards`);
    await other.page.getByRole('row', { name: /Night-shift noise/ }).getByRole('link', { name: 'Amy' }).click();
    await other.page.getByText('re-scored: same result', { exact: false }).waitFor();

    await other.page.goto(`${base}?lng=en#/trainers`);
    await other.page.getByText("The organisation's scenario packs give every trainee 1 scenario(s).").waitFor();
    await other.page.getByText(/^packs\/damaged\.json: hash: does not match the scenarios/).waitFor();
    await other.page.getByText('packs/missing.json: (file): not found on the server (HTTP 404)').waitFor();
    await expectAxeClean(other.page, 'trainers with a damaged pack');
    expect(other.errors.filter((e) => !/404/.test(e))).toEqual([]);
    await other.context.close();
  }, 240_000);
});
