// Real browser: the studio checks a 1 MB scenario in a module worker (allowed by the built app's CSP) when
// it is imported and on every edit, so the tab stays responsive: while a trainer types the page's main
// thread never works 50 ms at a stretch, typed text lands at once, and importing the file stays far from
// the half second it used to take.
//
// Timing is measured robustly: each task's CPU time on the main thread (main-thread.ts), not its wall time,
// which on a shared machine counts the wait for a core; and each bar is on the median of several rounds.
// Wall times are logged for the record.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { bigScenarioText } from './big-scenario.ts';
import { newPage, useBrowser } from './browser.ts';
import { mainThreadTasks, type Task } from './main-thread.ts';
import { setUpTrainerDevice } from './trainer.ts';

const base = inject('baseUrl');
const browser = useBrowser();

/** The longest the main thread may work at a stretch while a trainer types (issues 13 and 17: under 50 ms). */
const EDIT_BAR_MS = 50;
/**
 * The same while a 1 MB file is imported and opened. Checking it is off the main thread (it took about
 * 500 ms of the page's CPU before); what is left, about 45 ms, is the editor opening a 1 MB document.
 */
const IMPORT_BAR_MS = 100;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const longest = (tasks: Task[], key: keyof Task) => Math.round(Math.max(0, ...tasks.map((t) => t[key])));
const totalCpu = (tasks: Task[]) => Math.round(tasks.reduce((sum, t) => sum + t.cpu, 0));

function bigFile(name: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'defuse-big-')), name);
  writeFileSync(file, bigScenarioText());
  return file;
}

/** A trainer's studio, recording every text its import progress line shows. */
async function openStudio(): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const { context, page, errors } = await newPage(browser(), { locale: 'en-US' });
  await context.addInitScript(() => {
    const w = window as unknown as { __importing: string[] };
    w.__importing = [];
    new MutationObserver(() => {
      const line = document.querySelector('.studio-importing')?.textContent;
      if (line && w.__importing.at(-1) !== line) w.__importing.push(line);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(`${base}?trainee=trainer&lng=en#/studio`);
  await setUpTrainerDevice(page, 'Tina Trainer', 'studio-2026');
  await page.getByRole('heading', { name: 'Scenario studio', level: 1 }).waitFor();
  return { page, errors, close: () => context.close() };
}

/** Imports the file and waits until the editor shows the verdict on it; returns the problem count shown. */
async function importBig(page: Page, file: string): Promise<string> {
  await page.getByTestId('studio-import-input').setInputFiles(file);
  const message = page.getByText(/Imported as a draft: \d+ problem/);
  await message.waitFor();
  const count = page.locator('.studio-problems-link');
  await count.waitFor();
  const shown = (await count.textContent()) ?? '';
  // The added states are unreachable, each one problem: the import message and the editor agree.
  expect(shown).toMatch(/\d{2,} problems/);
  await expect(message.textContent()).resolves.toContain(`${shown.match(/\d+/)?.[0]} problem`);
  return shown;
}

describe('studio validation off the main thread (real browser)', () => {
  // One test: a 1 MB file is imported into three fresh studios (the import bar is on their median), and in
  // the last of them the trainer goes on to edit it. The edits need a studio with the 1 MB file open, which
  // the last import has just made; a test of their own would open and check it a fourth time (about 3 CPU-s).
  it('imports a 1 MB scenario with the tab responsive, saying which file it checks, then the verdict; each edit of it is checked in a worker: typed text lands at once and the verdict for it follows', async () => {
    const file = bigFile('big-studio.json');
    const rounds: Task[][] = [];
    let studio: Awaited<ReturnType<typeof openStudio>> | undefined;
    let before = '';
    for (let round = 0; round < 3; round++) {
      await studio?.close();
      studio = await openStudio();
      const { page, errors } = studio;
      const workers: string[] = [];
      page.on('worker', (w) => workers.push(w.url()));
      rounds.push(await mainThreadTasks(browser(), page, async () => void (before = await importBig(page, file))));
      expect(await page.evaluate(() => (window as unknown as { __importing: string[] }).__importing)).toEqual(['Checking “big-studio.json” (1 of 1)…']);
      expect(workers.some((url) => /draft-check\.worker/.test(url))).toBe(true);
      expect(errors).toEqual([]);
    }
    const importCpu = rounds.map((r) => longest(r, 'cpu'));
    console.info(`studio 1 MB import: longest main-thread task per round ${importCpu.join(', ')} ms CPU (${rounds.map((r) => longest(r, 'wall')).join(', ')} ms wall); main-thread CPU in all ${rounds.map(totalCpu).join(', ')} ms`);
    expect(median(importCpu)).toBeLessThan(IMPORT_BAR_MS);

    // Editing the open 1 MB file: into the English title, before its closing quote, a full check of the
    // whole document per edit.
    const { page, errors, close } = studio!;
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    const edits: Task[][] = [];
    for (const word of [' (reported', ' again', ' and', ' again', ' today)']) {
      const tasks = await mainThreadTasks(browser(), page, async () => {
        await page.keyboard.type(word, { delay: 30 });
        // The studio says it is checking, then the verdict for the new text arrives.
        await page.locator('.studio-checking', { hasText: 'Checking…' }).waitFor();
        await page.locator('.studio-checking:empty').waitFor({ state: 'attached' });
      });
      edits.push(tasks);
    }
    await page.locator('.cm-line', { hasText: 'nobody came (reported again and again today)' }).waitFor();
    await expect(page.locator('.studio-problems-link').textContent()).resolves.toBe(before);
    const cpu = edits.map((r) => longest(r, 'cpu'));
    console.info(`studio 1 MB edit: longest main-thread task per edit ${cpu.join(', ')} ms CPU (${edits.map((r) => longest(r, 'wall')).join(', ')} ms wall); main-thread CPU in all ${edits.map(totalCpu).join(', ')} ms`);
    expect(median(cpu)).toBeLessThan(EDIT_BAR_MS);
    // The worker loaded under the strict CSP: no violation, no error.
    expect(errors).toEqual([]);
    await close();
  });
});
