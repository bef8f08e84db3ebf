// Real browser, issue 16: leaving a drill and coming back loses nothing — a finished drill's scorecard
// survives a reload (the address is the scorecard's), and an unsent reply typed in the box survives a reload
// and a trip to the library (saved to IndexedDB on pagehide / leaving, not only after a typing pause).
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { newPage, useBrowser, sendReply } from './browser.ts';

const base = inject('baseUrl');
const browser = useBrowser();


async function startDrill(page: Page, trainee: string) {
  await page.goto(`${base}?trainee=${trainee}&lng=en#/drill/angry-resident`);
  await page.locator('.briefing').waitFor();
  await page.getByLabel('Practice', { exact: false }).check();
  await page.locator('form.mode-picker button[type=submit]').click();
  await page.locator('textarea').waitFor();
}

describe('coming back to a drill (real browser, real IndexedDB)', () => {
  it('a reload after finishing shows the scorecard, not a new briefing', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'en-US', quickCustomer: true });
    await startDrill(page, 'Reload');
    await sendReply(page, "I'm so sorry, Mr Chan. What happened?");
    await page.getByRole('button', { name: 'End drill' }).click();
    await page.getByRole('button', { name: 'End and score' }).click();
    await page.getByRole('button', { name: 'Skip to the scorecard' }).click();
    await page.getByRole('heading', { name: 'Skills' }).waitFor();
    const score = await page.locator('.score-dial').first().innerText();
    // The address now names the stored attempt (the query — trainee, language — is kept).
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#\/attempt\/[A-Za-z0-9_-]+$/);
    expect(new URL(page.url()).search).toContain('trainee=Reload');

    await page.reload();
    await page.getByRole('heading', { name: 'Skills' }).waitFor();
    expect(await page.locator('.briefing').count()).toBe(0);
    expect(await page.locator('.score-dial').first().innerText()).toBe(score);

    // Trying again from there starts a new attempt at the drill's own address.
    await page.getByRole('link', { name: 'Try again' }).click();
    await page.locator('.briefing').waitFor();
    expect(new URL(page.url()).hash).toBe('#/drill/angry-resident');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('"try again" and opening the same drill again leave the finished scorecard for a new attempt', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'en-US', quickCustomer: true });
    await startDrill(page, 'Retry');
    await page.getByRole('button', { name: 'End drill' }).click();
    await page.getByRole('button', { name: 'End and score' }).click();
    await page.getByRole('button', { name: 'Skip to the scorecard' }).click();
    await page.getByRole('heading', { name: 'Skills' }).waitFor();
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#\/attempt\//);
    // The same drill opened again from there (a "practise next" link) is a new briefing, not this scorecard.
    await page.evaluate(() => {
      window.location.hash = '#/drill/angry-resident';
    });
    await page.locator('.briefing').waitFor();
    await page.getByLabel('Practice', { exact: false }).check();
    await page.locator('form.mode-picker button[type=submit]').click();
    await page.getByRole('button', { name: 'End drill' }).click();
    await page.getByRole('button', { name: 'End and score' }).click();
    await page.getByRole('button', { name: 'Skip to the scorecard' }).click();
    await page.getByRole('heading', { name: 'Skills' }).waitFor();
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('.briefing').waitFor();
    expect(new URL(page.url()).hash).toBe('#/drill/angry-resident');
    await page.reload();
    await page.locator('.briefing').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an unsent reply survives a reload and a trip to the library', async () => {
    // On Playwright's clock the draft's typing-pause save never fires: only the save on leaving can keep it.
    const { context, page, errors } = await newPage(browser(), { locale: 'en-US', quickCustomer: true });
    await startDrill(page, 'Draft');
    await sendReply(page, "I'm so sorry, Mr Chan.");
    const draft = 'Could you tell me when the leak started';
    await page.locator('textarea').fill(draft);
    await page.reload();
    await expect.poll(() => page.locator('textarea').inputValue()).toBe(draft);

    await page.locator('textarea').fill(`${draft}, and where?`);
    await page.evaluate(() => {
      window.location.hash = '#/';
    });
    await page.locator('.scenario-grid').waitFor();
    await page.goto(`${base}?trainee=Draft&lng=en#/drill/angry-resident`);
    await expect.poll(() => page.locator('textarea').inputValue()).toBe(`${draft}, and where?`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
