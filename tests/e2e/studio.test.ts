// Real browser: the trainer studio. Lazy loading, importing a file, fixing a validator error in the
// editor, publishing, previewing in the drill view, saving a test and seeing it fail after an edit,
// hostile text rendered as text, drafts kept across reloads, axe.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectAxeClean, newPage, sendReply, useBrowser } from './browser.ts';
import { openTrainerTools, setUpTrainerDevice, unlockTrainerDevice } from './trainer.ts';

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

/** Waits until a studio record in this profile's IndexedDB has a draft containing `text`. */
async function storedDraftContains(page: Page, text: string): Promise<void> {
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

async function typeReply(page: Page, text: string) {
  const box = page.locator('.studio-preview textarea');
  await box.fill(text);
  await box.press('Enter');
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
    await page.getByText('No problems: ready to publish.').waitFor();
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
    // The unlock lasts for the tab's life only: a reload asks for the passcode again.
    await unlockTrainerDevice(page, 'Tina Trainer', 'studio-2026');
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

  it('graph and translations are keyboard operable and axe clean, in Traditional Chinese too', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'zh-TW' });
    await page.goto(`${base}?trainee=trainer3&lng=zh-Hant#/studio`);
    await setUpTrainerDevice(page, '陳導師', 'studio-2026', 'zh-Hant');
    await page.getByRole('heading', { name: '教案工作室', level: 1 }).waitFor();
    await page.getByRole('button', { name: /angry-resident/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/每次修改都會重跑：\d+ 個通過，0 個失敗/).waitFor();
    // Hover docs come from the schema's field descriptions, and the keyboard asks for them too (the editor's
    // key hint says how): the cursor on "schemaVersion" (found with the editor's search), Ctrl+K then Ctrl+I.
    // The keyboard is the route this test takes because it is deterministic: synthetic mouse hovers wait on
    // the editor's 300 ms hover timer, which on a busy machine missed the pointer now and then.
    await page.getByText('先按 Ctrl+K 再按 Ctrl+I：說明游標所在的欄位。').waitFor();
    await page.locator('.cm-content').focus();
    await page.keyboard.press('Control+f');
    await page.keyboard.type('schemaVersion');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+k');
    await page.keyboard.press('Control+i');
    const tip = page.locator('.studio-hover', { hasText: 'Format version' });
    await tip.waitFor();
    // Moving the cursor puts the docs away again.
    await page.keyboard.press('ArrowDown');
    await tip.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '流程圖' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('img', { name: /流程圖：\d+ 個狀態/ }).waitFor();
    await expectAxeClean(page, 'graph');
    await page.locator('.studio-graph-list').getByRole('button', { name: 'solving', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => window.getSelection()?.toString())).resolves.toBe('"solving"');
    await page.getByRole('button', { name: '翻譯' }).click();
    await page.getByText(/段缺少翻譯/).waitFor();
    await expectAxeClean(page, 'translations');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('never scrolls sideways at 1366 px or 390 px, opens without a trainee name, and keeps Publish and Problems reachable', async () => {
    for (const width of [1366, 390]) {
      const { context, page, errors } = await newPage(browser(), { locale: 'en-US' });
      await page.setViewportSize({ width, height: 800 });
      // No trainee name asked: a trainer unlocks the tools and goes straight to the studio.
      await openTrainerTools(page, `${base}?lng=en`, 'en');
      await page.goto(`${base}?lng=en#/studio`);
      await page.getByRole('heading', { name: 'Scenario studio', level: 1 }).waitFor();
      await page.getByRole('button', { name: /angry-resident/ }).click();
      await page.getByRole('button', { name: 'Duplicate' }).click();
      const publish = page.getByRole('button', { name: 'Publish to trainees' });
      await publish.waitFor();
      // A very long line (a pasted paragraph) wraps inside the editor instead of widening the page. Inserted
      // as one input, as a paste is (typed key by key, 600 keystrokes each re-validated the scenario: a minute).
      await page.locator('.cm-content').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.insertText(` ${'x'.repeat(600)}`);
      await page.locator('.studio-diagnostics', { hasText: 'There is more text after the end' }).waitFor();
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
      expect(widths.page, `page width at ${width} px`).toBeLessThanOrEqual(widths.window);
      if (width === 1366) await page.screenshot({ path: join(dir, 'studio-1366.png') });
      if (width === 1366) {
        // On a wide screen, scrolled to the bottom, Publish (and the way to the problems) is still on screen.
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        const box = await publish.boundingBox();
        expect(box && box.y >= 0 && box.y + box.height <= 800, 'Publish on screen').toBe(true);
      }
      await page.getByRole('button', { name: /1 problem: show it/ }).click();
      await page.locator('#studio-diagnostics-title').waitFor();
      await expectAxeClean(page, `studio at ${width} px`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('the story form works by keyboard at 390 px in Chinese; it and the wants, states, reactions and guided forms fit without sideways scrolling, axe clean', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'zh-TW' });
    await page.setViewportSize({ width: 390, height: 800 });
    await openTrainerTools(page, `${base}?lng=zh-Hant`, 'zh-Hant');
    await page.goto(`${base}?lng=zh-Hant#/studio`);
    await page.getByRole('heading', { name: '教案工作室', level: 1 }).waitFor();
    await page.getByRole('button', { name: /angry-resident/ }).click();
    await page.getByRole('button', { name: '複製' }).click();
    await page.getByRole('heading', { name: /angry-resident/ }).waitFor();
    await page.getByRole('button', { name: '情境與顧客' }).focus();
    await page.keyboard.press('Enter');
    const start = page.getByLabel('開始時的敵意（0–100）');
    await start.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('60');
    await page.keyboard.press('Tab');
    await storedDraftContains(page, '"startHostility": 60');
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.window);
    await page.screenshot({ path: join(dir, 'studio-story-390.png'), fullPage: false });
    // The wants, states, reactions and guided forms fit too (long move names, condition labels and what
    // must be true before a line or a choice wrap), and pass axe.
    for (const tab of ['要求與異議', '狀態與對白', '反應', '引導選項']) {
      await page.getByRole('button', { name: tab, exact: true }).click();
      await page.locator('.studio-story h3, .studio-guided h3').first().waitFor();
      const w = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
      expect(w.page, `${tab} at 390 px`).toBeLessThanOrEqual(w.window);
      await page.screenshot({ path: join(dir, `studio-${tab}-390.png`), fullPage: true });
      await expectAxeClean(page, `${tab} at 390 px`);
    }
    console.log(`studio story screenshot: ${join(dir, 'studio-story-390.png')}`);
    await expectAxeClean(page, 'story form at 390 px');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an author builds, previews, tests, fixes and publishes a scenario through the wizard, the graph and the forms only (no JSON typed), and a trainee plays it', async () => {
    const { context, page, errors } = await newPage(browser(), { locale: 'en-US' });
    await page.setViewportSize({ width: 1366, height: 900 });
    await openTrainerTools(page, `${base}?lng=en`, 'en');
    await page.goto(`${base}?lng=en#/studio`);
    await page.getByRole('heading', { name: 'Scenario studio', level: 1 }).waitFor();
    let steps = 0;
    const step = async (action: Promise<unknown>) => {
      steps++;
      await action;
    };
    const started = Date.now();
    await step(page.getByRole('button', { name: 'New scenario…' }).click());
    const form = page.getByRole('form', { name: 'New scenario' });
    const bi = async (group: string, zh: string, en: string, scope = form) => {
      const g = scope.getByRole('group', { name: group, exact: true });
      await step(g.getByLabel('繁體中文').fill(zh));
      await step(g.getByLabel('English').fill(en));
    };
    await step(form.getByLabel('Scenario id').fill('parking-space'));
    await bi('Title', '車位被借出', 'The lent parking space');
    await bi('Briefing: what the trainee knows before the first reply', '住戶黃太租用的車位被管理處借給了裝修工人。', "Mrs Wong's rented parking space was lent to a contractor by the office.");
    await bi("The customer's first words", '我租的車位點解會泊咗架貨車?', 'Why is there a van in the parking space I rent?');
    await bi('How to address the customer (e.g. 黃太 / Mrs Wong)', '黃太', 'Mrs Wong');
    await step(form.getByLabel('respect').check());
    const fact1 = form.getByRole('group', { name: 'Fact 1' });
    await bi('The fact, as shown on the scorecard', '今早八點發現車位被佔', 'Found the space taken at 8 this morning', fact1);
    await bi('How the customer tells it when asked', '今朝八點我返嚟,架貨車就泊喺度。', 'I came back at eight this morning and the van was just parked there.', fact1);
    await step(fact1.getByLabel(/Words a question about it would use/).fill('time, morning, 幾點'));
    await step(form.getByRole('button', { name: 'Add a fact' }).click());
    const fact2 = form.getByRole('group', { name: 'Fact 2' });
    await bi('The fact, as shown on the scorecard', '保安說是管理處批准的', 'The guard said the office allowed it', fact2);
    await bi('How the customer tells it when asked', '保安話係你哋管理處批准嘅。', 'The guard told me your office had approved it.', fact2);
    await step(fact2.getByLabel(/Words a question about it would use/).fill('guard, security, 保安'));
    await bi('The remedy the customer wants', '移走貨車', 'the van moved');
    await step(form.getByLabel(/Words a reply offering it would use/).fill('move the van, van, 貨車'));
    await step(form.getByRole('button', { name: 'Create the draft' }).click());
    await page.getByText('No problems: ready to publish.').waitFor();
    const wizardSteps = steps;
    const wizardMs = Date.now() - started;
    console.log(`studio author: wizard to a validated five-state scenario in ${wizardSteps} steps, ${wizardMs} ms`);
    await expectAxeClean(page, 'wizard draft');

    // A deliberate mistake: a state nothing leads to. Problems names it; selecting it shows it in the JSON;
    // the fix is drawn on the graph.
    await step(page.getByRole('button', { name: 'Graph' }).click());
    await step(page.getByLabel('New state id').fill('callback'));
    await step(page.getByRole('button', { name: 'Add state' }).click());
    const problem = page.getByRole('button', { name: /No reaction leads to “callback”/ });
    await step(problem.click());
    await expect(page.evaluate(() => window.getSelection()?.toString())).resolves.toBe('"callback"');
    const draw = page.getByRole('form', { name: 'Draw a transition' });
    await step(draw.getByLabel('From state', { exact: true }).selectOption('closing'));
    await step(draw.getByLabel('To', { exact: true }).selectOption('callback'));
    await step(draw.getByLabel('When the reply makes the move', { exact: true }).selectOption('commit_followup'));
    await step(draw.getByRole('button', { name: 'Add transition' }).click());
    await step(draw.getByLabel('From state', { exact: true }).selectOption('callback'));
    await step(draw.getByLabel('To', { exact: true }).selectOption('resolved'));
    await step(draw.getByLabel('When the reply makes the move', { exact: true }).selectOption('thank'));
    await step(draw.getByRole('button', { name: 'Add transition' }).click());
    await page.getByText('No problems: ready to publish.').waitFor();

    // The new state's lines and the reaction out of it, written in the forms, not in JSON.
    const tri = async (scope: Locator, zh: string, hans: string, en: string) => {
      await step(scope.getByLabel('繁體中文').fill(zh));
      await step(scope.getByLabel('简体中文').fill(hans));
      await step(scope.getByLabel('English').fill(en));
      await step(scope.getByLabel('English').press('Tab'));
    };
    await step(page.getByRole('button', { name: 'States & lines', exact: true }).click());
    await step(page.getByLabel('State', { exact: true }).selectOption('callback'));
    await tri(page.getByRole('group', { name: 'What is going on in this state (for trainers)' }), '黃太等管理處回電。', '黄太太等物业回电。', 'Mrs Wong waits for the promised call back.');
    const mid = page.getByRole('group', { name: /^Lines while hostility is middling/ }).getByRole('group', { name: 'Variant 1', exact: true });
    await tri(mid, '咁你幾點打返俾我?', '那你几点给我回电话？', 'So what time will you call me back?');
    await step(page.getByRole('button', { name: 'Reactions', exact: true }).click());
    const picker = page.getByLabel('Reaction', { exact: true });
    await step(picker.selectOption((await picker.locator('option', { hasText: 'callback-to-resolved' }).getAttribute('value')) ?? ''));
    const below = page.getByLabel(/^Hostility after this reply is below/);
    await step(below.fill('70'));
    await step(below.press('Tab'));
    const says = page.getByRole('group', { name: 'What the customer says', exact: true });
    await step(says.getByRole('button', { name: 'Add a variant to “What the customer says”' }).click());
    await tri(says.getByRole('group', { name: 'Variant 1', exact: true }), '好,唔該晒。', '好，谢谢你。', 'Good, thank you.');
    await storedDraftContains(page, '"hostilityBelow": 70');
    await storedDraftContains(page, 'So what time will you call me back?');
    await page.getByText('No problems: ready to publish.').waitFor();
    console.log(`studio author: wizard draft to a validated six-state scenario (a state, two transitions, its lines and a reaction's condition and line, all in the graph and forms) in ${steps - wizardSteps} more steps, ${Date.now() - started - wizardMs} ms`);
    await expectAxeClean(page, 'reactions form');

    // Preview from the start in English, with the debugger, to the resolved end; then save it as a test.
    await step(page.getByRole('button', { name: 'Preview' }).click());
    await step(page.getByLabel('Preview language').selectOption('en'));
    await step(page.getByRole('button', { name: 'Start preview' }).click());
    for (const reply of [
      "Hello, I'm Lee from the management office. Mrs Wong, I'm very sorry, I can see why you're upset.",
      'Take your time, I am listening. What happened?',
      'What time did you find it this morning?',
      'What did the guard tell you?',
      "So the guard said our office approved it, and you found the van there at eight. I'm sorry.",
      "I'll have the van moved within the hour today, and I'll handle this myself from start to finish.",
      "I'll call you this afternoon to confirm it's done. Thank you for your patience.",
    ]) {
      await step(typeReply(page, reply));
      await page.locator('.studio-debug-turn').last().waitFor();
    }
    await page.locator('.studio-preview-ended').waitFor();
    await page.locator('.studio-debug', { hasText: 'Reactions, in the order tried' }).waitFor();
    await expectAxeClean(page, 'preview debugger');
    await step(page.getByLabel('Test name').fill('good path'));
    await step(page.getByRole('button', { name: 'Save test' }).click());
    await step(page.getByRole('button', { name: /^Tests/ }).click());
    await page.getByText('Run on every edit: 1 passed, 0 failed.').waitFor();
    await step(page.getByRole('button', { name: 'Publish to trainees' }).click());
    await page.getByRole('alertdialog').getByText('Tests: 1 of 1 pass.').waitFor();
    await step(page.getByRole('button', { name: 'Publish now' }).click());
    await page.locator('.studio-status', { hasText: 'Published' }).waitFor();
    console.log(`studio author: built, fixed, previewed, tested and published in ${steps} steps, ${Date.now() - started} ms`);

    // A trainee finds it in the library and plays it.
    await page.goto(`${base}?trainee=wong-trainee&lng=en#/`);
    const card = page.locator('.scenario-card', { hasText: 'The lent parking space' });
    await card.waitFor();
    await card.getByRole('link', { name: 'Start drill' }).click();
    await page.getByRole('button', { name: 'Start the conversation' }).click();
    await sendReply(page, "Mrs Wong, I'm very sorry, I can see why you're upset.");
    await expect(page.locator('.bubble-row.trainee').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
