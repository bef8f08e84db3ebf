// Real browser: "I think this was misread". A trainee flags a reply during a practice drill (by keyboard),
// reloads and still sees it flagged; a trainer finds it in the misread-replies queue behind the trainer unlock,
// labels it and downloads the organisation's labelled set. axe on the form and the queue.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAxeClean, newPage, sendReply, useBrowser } from './browser.ts';
import { openTrainerTools } from './trainer.ts';

const base = inject('baseUrl');
const dir = mkdtempSync(join(tmpdir(), 'defuse-misread-'));
// Set DEFUSE_MISREAD_SHOTS to a folder to keep screenshots of the form and the queue (1366 and 390 px).
const shots = process.env.DEFUSE_MISREAD_SHOTS;
const browser = useBrowser();

beforeAll(async () => {
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
});

const REPLY = "I'm so sorry, Mr Chan. I'll handle this myself and call you back before 5 pm today.";

async function shoot(page: Page, name: string) {
  if (!shots) return;
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('misread flags (real browser)', () => {
  it('flags a turn during a drill, keeps it through a reload, and a trainer labels it and downloads the set', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'en-GB', quickCustomer: true });
    await page.goto(`${base}?trainee=Flora&lng=en#/drill/angry-resident`);
    await page.getByRole('button', { name: 'Start the conversation' }).click();
    await sendReply(page, REPLY);

    // By keyboard: the control is a button under the reply's feedback.
    const flagButton = page.getByRole('button', { name: 'I think this was misread (reply 1)' });
    await flagButton.focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'What did the reader get wrong in reply 1?' });
    await form.waitFor();
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H4');
    await form.getByRole('group', { name: 'In my reply, but not read' }).getByRole('checkbox', { name: 'Empathy' }).check();
    await form.getByRole('textbox', { name: 'Comment (optional)' }).fill('I said <b>I will handle it</b> myself');
    await expectAxeClean(page, 'flag form');
    await shoot(page, 'flag-form');
    await form.getByRole('button', { name: 'Send flag' }).press('Enter');
    await page.getByText('You flagged this reply; a trainer will review it.').waitFor();

    await page.reload();
    await page.getByText('You flagged this reply; a trainer will review it.').waitFor();
    await expect(flagButton.count()).resolves.toBe(0);

    // The trainer: the queue behind the passcode.
    await openTrainerTools(page, `${base}?lng=en`, 'en');
    await page.goto(`${base}?lng=en#/scorecards/misread`);
    const item = page.locator('.flag-review').first();
    await item.waitFor();
    await expect(page.locator('.flag-review').count()).resolves.toBe(1);
    // The reply with the words that earned each move marked (and named for screen readers).
    await expect(item.locator('.flag-reply mark').first().textContent()).resolves.toMatch(/^sorry \(Apology\)$/);
    await expect(item.locator('.flag-reply').evaluate((dd) => [...dd.childNodes].map((n) => (n.nodeType === 1 && (n as Element).tagName === 'MARK' ? n.firstChild?.textContent : n.textContent)).join(''))).resolves.toBe(REPLY);
    await expect(item.getByRole('heading', { level: 3 }).textContent()).resolves.toMatch(/^Reply 1 · /);
    await expect(item.getByText('I said <b>I will handle it</b> myself').count()).resolves.toBe(1);
    await expect(item.locator('b').count()).resolves.toBe(0);
    // The trainee's suggestion is the starting label: what was read, plus what they say was missed.
    await expect(item.getByRole('combobox', { name: 'Taking ownership' }).inputValue()).resolves.toBe('expect');
    await expect(item.getByRole('combobox', { name: 'Empathy' }).inputValue()).resolves.toBe('expect');
    await expectAxeClean(page, 'misread queue');
    await shoot(page, 'misread-queue');

    await item.getByRole('combobox', { name: 'Empathy' }).selectOption('reject');
    await item.getByRole('button', { name: 'Save label' }).click();
    await page.getByText('1 labelled, 0 dismissed', { exact: false }).waitFor();
    await expect(page.locator('.flag-review').count()).resolves.toBe(0);
    await page.getByText('Reviewed (1)').click();
    await expectAxeClean(page, 'misread queue, reviewed');
    await shoot(page, 'misread-reviewed');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the labelled set (for a developer)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^defuse-org-set-\d{4}-\d{2}-\d{2}\.jsonl$/);
    const lines = readFileSync((await download.path())!, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ locale: 'en', text: REPLY, kind: 'flagged', forbidden: null, reject: ['empathize'] });
    expect(lines[0]!.expect).toEqual(expect.arrayContaining(['apologize', 'take_ownership']));
    expect(lines[0]!.expect).not.toContain('empathize');
    expect(Object.keys(lines[0]!)).toEqual(['id', 'locale', 'text', 'expect', 'reject', 'forbidden', 'kind']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
