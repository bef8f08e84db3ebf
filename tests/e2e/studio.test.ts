// Real browser: the trainer studio. Lazy loading, importing a file, fixing a validator error in the
// editor, publishing, previewing in the drill view, saving a test and seeing it fail after an edit,
// hostile text rendered as text, drafts kept across reloads, axe. The keyboard (studio-keyboard), narrow
// screens (studio-narrow) and authoring without JSON (studio-author) have files of their own, so the
// suite's workers run them side by side.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { expectAxeClean, newPage, sendReply, useBrowser } from './browser.ts';
import { readyToPublish, storedDraftContains, typeReply } from './studio-support.ts';
import { setUpTrainerDevice } from './trainer.ts';

const base = inject('baseUrl');
const browser = useBrowser();
const dir = mkdtempSync(join(tmpdir(), 'defuse-studio-'));

/** angry-resident with a new id, a hostile title, and one reaction pointing at a state that does not exist. */
function brokenScenarioFile(): string {
  const doc = JSON.parse(readFileSync('scenarios/angry-resident.json', 'utf8'));
  doc.id = 'studio-e2e';
  doc.title.en = 'Leak <img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
  const reaction = doc.reactions.find((r: { goto?: string }) => r.goto === 'solving');
  reaction.goto = 'nowhere';
  const file = join(dir, 'studio-e2e.json');
  writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}

describe('studio (real browser)', () => {
  it('does not load the studio code on the trainee library', async () => {
    const { context, page } = await newPage(browser(), { locale: 'en-US' });
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await page.goto(`${base}?trainee=lazy&lng=en`);
    await page.locator('.scenario-card').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((s) => /StudioPage|StudioPreview|codemirror/i.test(s))).toEqual([]);
    // The studio is behind the header's one "For trainers" entry, which is behind the trainer unlock from
    // the first visit; the studio's code loads only once unlocked and opened.
    await page.getByRole('link', { name: 'For trainers' }).click();
    await page.getByRole('heading', { name: 'Trainer tools are locked' }).waitFor();
    expect(scripts.filter((s) => /StudioPage|codemirror/i.test(s))).toEqual([]);
    await setUpTrainerDevice(page, 'Tina Trainer', 'studio-2026');
    await page.getByRole('link', { name: 'Open the studio' }).click();
    await page.getByRole('heading', { name: 'Scenario studio', level: 1 }).waitFor();
    expect(scripts.some((s) => /StudioPage/.test(s))).toBe(true);
    await context.close();
  });

  it('imports a file, fixes the validator error, publishes, previews, saves a test and sees it fail after an edit', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'en-US' });
    await page.goto(`${base}?trainee=trainer&lng=en#/studio`);
    await setUpTrainerDevice(page, 'Tina Trainer', 'studio-2026');
    await page.getByRole('heading', { name: 'Scenario studio', level: 1 }).waitFor();
    await page.getByTestId('studio-import-input').setInputFiles(brokenScenarioFile());
    await page.getByText(/Imported as a draft: 1 problem/).waitFor();
    await expect(page.getByRole('button', { name: 'Publish to trainees' }).isDisabled()).resolves.toBe(true);
    await expectAxeClean(page, 'studio with a problem');

    // The diagnostic links to its position: selecting it selects "nowhere" in the editor; typing fixes it.
    await page.getByRole('button', { name: /There is no state called “nowhere”/ }).click();
    await expect(page.evaluate(() => window.getSelection()?.toString())).resolves.toBe('"nowhere"');
    await page.keyboard.type('"solving"');
    await readyToPublish(page);
    // Publishing is its own step: the review lists problems and tests, then publishes on confirm.
    await page.getByRole('button', { name: 'Publish to trainees' }).click();
    await page.getByRole('alertdialog', { name: 'Before publishing to trainees' }).getByText('Problems: none.').waitFor();
    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.locator('.studio-status', { hasText: 'Published' }).waitFor();

    // Preview in the drill view, from the start, with the debug panel.
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByLabel('Preview language').selectOption('en');
    await page.getByRole('button', { name: 'Start preview' }).click();
    await typeReply(page, 'Calm down.');
    await page.locator('.studio-debug', { hasText: 'dismiss_emotion' }).waitFor();
    // One slip warns (the escalation ladder); a second breaks the conversation off.
    await typeReply(page, "That's company policy, you have to wait your turn.");
    // The hostile title is shown as text in the drill view; nothing ran.
    await page.locator('.drill-title', { hasText: '<img src=x' }).waitFor();
    await expect(page.evaluate(() => (window as { __xss?: number }).__xss)).resolves.toBeUndefined();
    await expectAxeClean(page, 'studio preview');

    await page.getByLabel('Test name').fill('calm down escalates');
    await page.getByRole('button', { name: 'Save test' }).click();
    await page.getByText('Saved test “calm down escalates”.').waitFor();
    await page.getByRole('button', { name: /^Tests/ }).click();
    await page.getByText('Run on every edit: 1 passed, 0 failed.').waitFor();

    // Edit: a breakdown now ends in a walk-out, so the saved test breaks.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+f');
    await page.keyboard.type('"explodeTo": "escalated"');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.keyboard.type('"explodeTo": "walked_out"');
    await page.getByText('Run on every edit: 0 passed, 1 failed.').waitFor();
    await page.getByText('expected escalated, got walked out').waitFor();

    // Drafts survive a reload (once the autosave, a moment after typing stops, has stored the edit).
    await storedDraftContains(page, '"explodeTo": "walked_out"');
    await page.reload();
    // A reload in the same tab keeps the trainer tools unlocked (the session is kept in the tab's sessionStorage;
    // tests/e2e/trainer-reload.test.ts covers a new tab locking again).
    await page.getByRole('button', { name: /^studio-e2e/ }).click();
    await page.getByText('Unpublished changes').first().waitFor();
    await page.getByRole('button', { name: /^Tests/ }).click();
    await page.getByText('expected escalated, got walked out').waitFor();

    // Trainees now see the published version in their library (marked as the trainer's), title as text,
    // and can drill it like a shipped one; the unpublished edit does not reach them.
    await page.goto(`${base}?trainee=trainee-of-trainer&lng=en#/`);
    const card = page.locator('.scenario-card', { hasText: 'From your trainer' });
    await card.waitFor();
    const shipped = readdirSync(join(import.meta.dirname, '../../scenarios')).filter((f) => f.endsWith('.json')).length;
    await expect(page.locator('.scenario-card').count()).resolves.toBe(shipped + 1);
    await expect(card.locator('h3').textContent()).resolves.toContain('<img src=x');
    await expectAxeClean(page, 'library with a published scenario');
    await card.getByRole('link', { name: 'Start drill' }).click();
    await page.getByRole('button', { name: 'Start the conversation' }).click();
    await sendReply(page, 'I am so sorry, that must be really frustrating.');
    await expect(page.locator('.bubble-row.trainee').count()).resolves.toBe(1);
    await expect(page.evaluate(() => (window as { __xss?: number }).__xss)).resolves.toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses non-JSON and oversized files without touching the library', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'en-US' });
    await page.goto(`${base}?trainee=trainer2&lng=en#/studio`);
    await setUpTrainerDevice(page, 'Tina Trainer', 'studio-2026');
    await page.getByRole('heading', { name: 'Scenario studio', level: 1 }).waitFor();
    const junk = join(dir, 'junk.json');
    writeFileSync(junk, '<script>window.__xss=1</script>');
    const big = join(dir, 'big.json');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 32));
    await page.getByTestId('studio-import-input').setInputFiles([junk, big]);
    await page.getByText('This is not a JSON scenario file; nothing was imported.').waitFor();
    await page.getByText('The file is too large (limit 1 MB); nothing was imported.').waitFor();
    await page.getByText('No scenarios of your own yet.', { exact: false }).waitFor();
    await expect(page.evaluate(() => (window as { __xss?: number }).__xss)).resolves.toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });
});
