// What the studio's browser tests share. The studio is tested in four files (studio*.test.ts) so that its
// long flows run side by side in the suite's workers instead of one after another in one.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Waits until a studio record in this profile's IndexedDB has a draft containing `text`. */
export async function storedDraftContains(page: Page, text: string): Promise<void> {
  const stored = () =>
    page.evaluate(
      (needle) =>
        new Promise<boolean>((ok) => {
          const open = indexedDB.open('defuse');
          open.onerror = () => ok(false);
          open.onsuccess = () => {
            const all = open.result.transaction('studioScenarios').objectStore('studioScenarios').getAll();
            all.onerror = () => ok(false);
            all.onsuccess = () => {
              open.result.close();
              ok(all.result.some((r: { draft?: string }) => r.draft?.includes(needle) ?? false));
            };
          };
        }),
      text,
    );
  await expect.poll(stored, { timeout: 10_000 }).toBe(true);
}

/** Sends a reply in the studio's preview; the caller waits for what it should show. */
export async function typeReply(page: Page, text: string) {
  const box = page.locator('.studio-preview textarea');
  await box.fill(text);
  await box.press('Enter');
}

/**
 * Waits until the studio says the draft has no problems. If it never does, the error carries what the studio
 * showed instead (its problems and status) and the reactions of the autosaved draft, so a failure says why.
 */
export async function readyToPublish(page: Page): Promise<void> {
  try {
    await page.getByText('No problems: ready to publish.').waitFor({ timeout: 60_000 });
  } catch (error) {
    const shown = await page
      .evaluate(
        () =>
          new Promise<string>((ok) => {
            const text = (selector: string) => (document.querySelector(selector) as HTMLElement | null)?.innerText ?? '(none)';
            const onPage = `problems: ${text('.studio-diagnostics')}\nstatus: ${text('.studio-status')}`;
            const open = indexedDB.open('defuse');
            open.onerror = () => ok(onPage);
            open.onsuccess = () => {
              const all = open.result.transaction('studioScenarios').objectStore('studioScenarios').getAll();
              all.onerror = () => ok(onPage);
              all.onsuccess = () => {
                open.result.close();
                const drafts = all.result.map((r: { draft?: string }) => {
                  const d = r.draft ?? '';
                  return d.slice(d.indexOf('"reactions"'), d.indexOf('"reactions"') + 3000);
                });
                ok(`${onPage}\nstored reactions: ${drafts.join('\n---\n')}`);
              };
            };
          }),
      )
      .catch((e: unknown) => `(page unreadable: ${String(e)})`);
    throw new Error(`The studio never said "No problems: ready to publish."\n${shown}`, { cause: error });
  }
}
