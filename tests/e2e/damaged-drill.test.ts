// Real browser, real IndexedDB: a drill in progress whose stored record was damaged is never lost. Coming back,
// the trainee starts afresh and is told, naming the scenario; the record (with the replies already sent) downloads
// as it was stored, and is gone only once discarded. axe on the notice.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { expectAxeClean, newPage, sendReply, useBrowser } from './browser.ts';

const base = inject('baseUrl');
const browser = useBrowser();
const url = `${base}?trainee=Damaged&lng=en#/drill/angry-resident`;
const REPLY = "I'm so sorry, Mr Chan. What happened?";
const NOTICE = 'Your unfinished drill of “A leak from upstairs, reported twice, nobody came” could not be resumed';

describe('a damaged drill in progress (real browser, real IndexedDB)', () => {
  it('is kept aside through reloads, offered for download with its replies, and discarded only when asked', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'en-US', quickCustomer: true });
    await page.goto(url);
    await page.locator('.briefing').waitFor();
    await page.getByLabel('Practice', { exact: false }).check();
    await page.locator('form.mode-picker button[type=submit]').click();
    await page.locator('textarea').waitFor();
    await sendReply(page, REPLY);
    // Leaving for the library stores the drill; then its record is damaged (a draft that is not text).
    await page.evaluate(() => {
      window.location.hash = '#/';
    });
    await page.locator('.scenario-grid').waitFor();
    const damaged = await page.evaluate(
      () =>
        new Promise<boolean>((resolve, reject) => {
          const open = indexedDB.open('defuse');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('progress', 'readwrite');
            const store = tx.objectStore('progress');
            const all = store.getAll();
            all.onsuccess = () => {
              const rows = all.result as { key: string; draft: unknown }[];
              for (const row of rows) store.put({ ...row, draft: 42 });
              tx.oncomplete = () => (open.result.close(), resolve(rows.length === 1));
            };
          };
        }),
    );
    expect(damaged).toBe(true);

    await page.goto(url);
    const notice = page.locator('.notice', { hasText: NOTICE });
    await notice.waitFor();
    // Afresh beside it: a new briefing.
    await page.locator('.briefing').waitFor();
    await expectAxeClean(page, 'damaged drill notice');
    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download the record (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^defuse-unfinished-drill-angry-resident-\d{4}-\d{2}-\d{2}\.json$/);
    const kept = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { reason: string; record: { draft: unknown; snapshot: { context: { replies: { text: string }[] } } } };
    expect(kept.reason).toContain('draft');
    expect(kept.record.draft).toBe(42);
    expect(kept.record.snapshot.context.replies.map((r) => r.text)).toEqual([REPLY]);

    // Still there after a reload, until discarded.
    await page.reload();
    await notice.waitFor();
    await notice.getByRole('button', { name: 'Discard the record' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.reload();
    await page.locator('.briefing').waitFor();
    expect(await page.locator('.notice', { hasText: NOTICE }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
