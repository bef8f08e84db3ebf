// Real browser: unlocking the trainer tools (scorecards, studio) the way a trainer does, in any UI language
// (labels read from the locale files, so a wording change does not break the flow).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

type Lang = 'en' | 'zh-Hant' | 'zh-Hans';
const strings = (lang: Lang) => {
  const doc = JSON.parse(readFileSync(new URL(`../../src/i18n/locales/${lang}.json`, import.meta.url), 'utf8'));
  return { ...doc.access, ...doc.org.access, continueLabel: doc.org.access.continue } as Record<string, string>;
};
const exact = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** On the locked trainer gate of a fresh profile: the explicit "set up this device for a trainer" step. */
export async function setUpTrainerDevice(page: Page, name: string, passcode: string, lang: Lang = 'en'): Promise<string> {
  const s = strings(lang);
  await page.getByRole('heading', { name: s.lockedTitle }).waitFor();
  await page.getByRole('button', { name: s.setUp }).click();
  await page.getByLabel(s.name!).fill(name);
  await page.getByLabel(exact(s.passcode!)).fill(passcode);
  await page.getByLabel(s.repeat!).fill(passcode);
  await page.getByLabel(s.setUpConfirm!).check();
  await page.getByRole('button', { name: s.setUpSubmit }).click();
  await page.getByRole('heading', { name: s.recoveryTitle }).waitFor();
  const code = (await page.getByLabel(s.recoveryCode!, { exact: true }).textContent()) ?? '';
  await page.getByLabel(s.recoveryKept!).check();
  await page.getByRole('button', { name: s.continueLabel }).click();
  return code;
}

/** On the gate of a device already set up for `name`. */
export async function unlockTrainerDevice(page: Page, name: string, passcode: string, lang: Lang = 'en'): Promise<void> {
  const s = strings(lang);
  await page.getByRole('heading', { name: s.deviceTitle!.replace('{{name}}', name) }).waitFor();
  await page.getByLabel(exact(s.passcode!)).fill(passcode);
  await page.getByRole('button', { name: s.unlock }).click();
}

/**
 * Opens "For trainers" (the record-store settings, the scorecards and the studio) as a trainer: sets the
 * device up on a fresh profile, unlocks it when it already is, or finds it open in this tab.
 */
export async function openTrainerTools(page: Page, base: string, lang: Lang = 'zh-Hant', name = 'Tina Trainer', passcode = 'trainer-2026'): Promise<void> {
  const s = strings(lang);
  await page.goto(`${base}#/trainers`);
  const locked = page.getByRole('heading', { name: s.lockedTitle });
  const device = page.getByRole('heading', { name: s.deviceTitle!.replace('{{name}}', name) });
  const open = page.locator('.page.trainers');
  await locked.or(device).or(open).first().waitFor();
  if (await locked.isVisible()) await setUpTrainerDevice(page, name, passcode, lang);
  else if (await device.isVisible()) await unlockTrainerDevice(page, name, passcode, lang);
  await open.waitFor();
}
