// Real browser: the studio checks a 1 MB scenario in a module worker (allowed by the built app's CSP), so
// typing lands at once and the verdict follows. The longest main-thread task while typing is logged for the
// record, not asserted (it depends on the machine).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { bigScenarioText } from './big-scenario.ts';
import { newPage, useBrowser } from './browser.ts';
import { setUpTrainerDevice } from './trainer.ts';

const base = inject('baseUrl');
const browser = useBrowser();


describe('studio validation off the main thread (real browser)', () => {
  it('validates a 1 MB scenario in a worker: typed text lands at once and the verdict for it follows', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'defuse-big-')), 'big-studio.json');
    writeFileSync(file, bigScenarioText());
    const { context, page, errors } = await newPage(browser(), { locale: 'en-US' });
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(`${base}?trainee=trainer&lng=en#/studio`);
    await setUpTrainerDevice(page, 'Tina Trainer', 'studio-2026');
    await page.getByRole('heading', { name: 'Scenario studio', level: 1 }).waitFor();
    await page.getByTestId('studio-import-input').setInputFiles(file);
    await page.getByText(/Imported as a draft/).waitFor();
    // The first verdict: the added states are unreachable, each one problem.
    const count = page.locator('.studio-problems-link');
    await count.waitFor();
    const before = await count.textContent();
    expect(before).toMatch(/\d{2,} problems/);
    expect(workers.some((url) => /draft-check\.worker/.test(url))).toBe(true);

    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask' });
    });
    // Into the English title, before its closing quote: a full check of the whole document per edit.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(' (reported again)', { delay: 30 });
    await page.locator('.cm-line', { hasText: 'nobody came (reported again)' }).waitFor();
    // The studio says it is checking, then the verdict for the new text arrives.
    await page.locator('.studio-checking', { hasText: 'Checking…' }).waitFor();
    await page.locator('.studio-checking:empty').waitFor({ state: 'attached' });
    await expect(count.textContent()).resolves.toBe(before);

    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    console.info(`studio 1 MB edit: ${longTasks.length} long tasks while typing, longest ${Math.round(Math.max(0, ...longTasks))} ms`);
    // The worker loaded under the strict CSP: no violation, no error.
    expect(errors).toEqual([]);
    await context.close();
  });
});
