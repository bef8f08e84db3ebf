// Real browser: the trainer unlock lasts as long as the tab. A reload keeps the tools open (sessionStorage); a new
// tab, like a closed browser, asks for the passcode again, and nothing of the unlock is left in localStorage.
import { describe, expect, inject, it } from 'vitest';
import { newPage, useBrowser } from './browser.ts';
import { setUpTrainerDevice, unlockTrainerDevice } from './trainer.ts';

const base = inject('baseUrl');
const browser = useBrowser();

describe('the trainer unlock across a reload (real browser)', () => {
  it('a reload in the same tab stays unlocked; a new tab is locked', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'en-GB' });
    await page.goto(`${base}?lng=en#/studio`);
    await setUpTrainerDevice(page, 'Tina Trainer', 'reload-passcode');
    const studio = page.getByRole('heading', { name: 'Scenario studio', level: 1 });
    await studio.waitFor();

    await page.reload();
    await studio.waitFor();
    expect(await page.getByLabel('Passcode', { exact: true }).count()).toBe(0);
    // The scorecards, behind the same gate, are open too.
    await page.goto(`${base}?lng=en#/scorecards`);
    await page.locator('.page.dashboard').waitFor();
    expect(await page.getByLabel('Passcode', { exact: true }).count()).toBe(0);
    const stored = await page.evaluate(() => ({ session: Object.keys(sessionStorage), local: JSON.stringify(localStorage) }));
    expect(stored.session).toContain('defuse.trainer-session');
    expect(stored.local).not.toContain('reload-passcode');
    expect(stored.local).not.toContain('trainer-session');

    const tab = await context.newPage();
    await tab.goto(`${base}?lng=en#/studio`);
    await unlockTrainerDevice(tab, 'Tina Trainer', 'reload-passcode');
    await tab.getByRole('heading', { name: 'Scenario studio', level: 1 }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
