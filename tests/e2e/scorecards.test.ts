// Real browser: the HR dashboard. Finish a drill, find it behind the passcode, click through to its
// scorecard, export CSV and the JSON bundle, import the bundle on a clean profile, and see a tampered
// score flagged with the recomputed one beside it; the passcode then guards the studio too. axe on every view.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { expectAxeClean, newPage, playToScorecard, useBrowser } from './browser.ts';
import { setUpTrainerDevice, unlockTrainerDevice } from './trainer.ts';

const base = inject('baseUrl');
const dir = mkdtempSync(join(tmpdir(), 'defuse-scorecards-'));
const browser = useBrowser();

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
});

const PASSCODE = 'trainer-2026';
const TRAINER = 'Tina Trainer';

const finishDrill = (page: Page, trainee: string) => playToScorecard(page, `${base}?trainee=${trainee}&lng=en#/drill/angry-resident`);

async function openDashboard(page: Page, create: boolean) {
  await page.goto(`${base}?lng=en#/scorecards`);
  if (create) {
    // Nobody can set a passcode by visiting first: the device is set up for a trainer explicitly.
    await page.getByRole('heading', { name: 'Trainer tools are locked' }).waitFor();
    await expectAxeClean(page, 'trainer tools locked');
    await setUpTrainerDevice(page, TRAINER, PASSCODE);
  } else {
    await page.getByRole('heading', { name: `Trainer tools of ${TRAINER}` }).waitFor();
    await expectAxeClean(page, 'trainer unlock');
    await expect(page.getByText('developer tools', { exact: false }).isVisible()).resolves.toBe(true);
    await unlockTrainerDevice(page, TRAINER, PASSCODE);
  }
  await page.getByRole('heading', { name: 'Scorecards', level: 1 }).waitFor();
}

/** Exports the JSON bundle of the attempts on this profile (the dashboard must be open). */
async function exportBundle(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'Export and import' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON bundle' }).click()]);
  const path = join(mkdtempSync(join(dir, 'bundle-')), 'bundle.json');
  writeFileSync(path, readFileSync((await download.path())!, 'utf8'));
  return path;
}

describe('scorecards dashboard (real browser)', () => {
  it('shows a finished drill, clicks through, reviews, exports CSV and the JSON bundle', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'en-GB', quickCustomer: true });
    await finishDrill(page, 'Amy');
    await openDashboard(page, true);
    await page.getByText('Showing 1 of 1 attempts').waitFor();
    await expectAxeClean(page, 'attempts');

    // Filters: a search that matches nothing, then clear.
    await page.getByLabel('Search').fill('nobody-here');
    await page.getByText('Showing 0 of 1 attempts').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByText('Showing 1 of 1 attempts').waitFor();

    // Keyboard: sort by score from the column header (Enter, then Space reverses).
    const scoreHeader = page.getByRole('columnheader', { name: /Score/ });
    await scoreHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(scoreHeader.getAttribute('aria-sort')).resolves.toBe('descending');
    await page.keyboard.press('Space');
    await expect(scoreHeader.getAttribute('aria-sort')).resolves.toBe('ascending');

    // CSV: UTF-8 with BOM, one header and one row.
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.trim().split('\r\n')).toHaveLength(2);
    expect(csv).toContain('Amy');

    // Click through to the full scorecard, with the trainer review form.
    await page.getByRole('link', { name: 'Amy' }).click();
    await page.getByRole('heading', { name: 'Trainer review' }).waitFor();
    await page.locator('.scorecard .dial-score').waitFor();
    await expectAxeClean(page, 'attempt review');
    await page.getByLabel("Trainer's score (0–100)").fill('95');
    await page.getByLabel('Reason').fill('Handled the feelings well for a first try.');
    await page.getByRole('button', { name: 'Save override' }).click();
    await page.getByText('Override saved; both scores are kept.').waitFor();
    // The status line shows once the override is stored; the table reloads from storage just after it.
    await expect.poll(() => page.locator('.review-card tbody tr').count()).toBe(1);

    for (const [tab, heading] of [['Trainee', 'Trainee report: Amy'], ['Cohort', 'Cohort']] as const) {
      await page.goto(`${base}?lng=en#/scorecards/${tab.toLowerCase()}`);
      await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
      await expectAxeClean(page, tab);
    }
    await expect(page.getByText('Trainer and engine agreement').isVisible()).resolves.toBe(true);

    // The bundle carries the attempt and the trainer's review.
    const bundle = JSON.parse(readFileSync(await exportBundle(page), 'utf8'));
    expect(bundle.attempts.map((a: { trainee: string }) => a.trainee)).toEqual(['Amy']);
    expect(bundle.overrides.map((o: { trainerScore: number }) => o.trainerScore)).toEqual([95]);
    await expectAxeClean(page, 'transfer');

    // Once set, the same passcode guards the studio; a new tab does not inherit the unlock.
    const tab = await context.newPage();
    await tab.goto(`${base}?lng=en#/studio`);
    await unlockTrainerDevice(tab, TRAINER, PASSCODE);
    await tab.getByRole('heading', { name: 'Scenario studio', level: 1 }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports the bundle on a clean profile (verified), recognises duplicates, flags a tampered score, refuses a bad file', async () => {
    // The bundle comes from a drill finished on another profile, here, so this test stands alone.
    const source = await newPage(browser(), { locale: 'en-GB', quickCustomer: true });
    await finishDrill(source.page, 'Amy');
    await openDashboard(source.page, true);
    const bundlePath = await exportBundle(source.page);
    await source.context.close();
    const bundle = JSON.parse(readFileSync(bundlePath, 'utf8'));

    const { context, page, errors } = await newPage(browser(), { locale: 'en-GB', quickCustomer: true });
    await page.goto(`${base}?trainee=HR&lng=en#/`);
    await openDashboard(page, true);
    await page.getByText('No attempts yet', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Export and import' }).click();

    await page.getByLabel('Bundle file').setInputFiles(bundlePath);
    await page.getByText('Attempts added: 1.').waitFor();
    await expect(page.getByText('Flagged:', { exact: false }).count()).resolves.toBe(0);
    // Re-scored: same result. But it was signed on another device set up for its own trainer (no shared
    // organisation passcode), so it is recognised as another organisation's and flagged until accepted.
    await page.getByText(`Signed by another organisation (${TRAINER})`, { exact: false }).waitFor();

    // The same file again: a duplicate, nothing added.
    await page.getByLabel('Bundle file').setInputFiles(bundlePath);
    await page.getByText('Already here, skipped: 1.').waitFor();

    // A tampered copy under a new id: flagged, with the recomputed score.
    const original = bundle.attempts[0];
    const tampered = { ...bundle, overrides: [], attempts: [{ ...original, id: `${original.id}x`, score: original.score === 100 ? 10 : 100 }] };
    const tamperedPath = join(dir, 'tampered.json');
    writeFileSync(tamperedPath, JSON.stringify(tampered));
    await page.getByLabel('Bundle file').setInputFiles(tamperedPath);
    await page.getByText(`Amy: stored ${tampered.attempts[0].score}, recomputed ${original.score}`).waitFor();
    await expectAxeClean(page, 'import flagged');

    // An invalid file: refused with the reason, nothing written.
    const badPath = join(dir, 'bad.json');
    writeFileSync(badPath, JSON.stringify({ ...bundle, attempts: [{ ...original, id: 'new-one', score: 'high' }] }));
    await page.getByLabel('Bundle file').setInputFiles(badPath);
    await page.getByText('The bundle contains an invalid attempt.').waitFor();
    await page.getByText('Nothing from this file was saved.').waitFor();

    await page.getByRole('link', { name: 'Attempts' }).click();
    await page.getByText('Showing 2 of 2 attempts').waitFor();
    await expect(page.locator('.attempts-body .badge', { hasText: 'Flagged' }).count()).resolves.toBe(2);
    await page.locator('.attempts-body a', { hasText: 'Amy' }).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
