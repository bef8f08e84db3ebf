// Real browser: an author builds a scenario through the wizard, the graph and the forms only (no JSON
// typed), previews, tests and publishes it, and a trainee plays it.
import type { Locator } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectAxeClean, newPage, sendReply, useBrowser } from './browser.ts';
import { readyToPublish, storedDraftContains, typeReply } from './studio-support.ts';
import { openTrainerTools } from './trainer.ts';
import { GOOD_PARKING_REPLIES } from '../../src/features/studio/test-support/parking-drill.ts';

const base = inject('baseUrl');
const browser = useBrowser();

describe('studio authoring without JSON (real browser)', () => {
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
    await readyToPublish(page);
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
    await readyToPublish(page);

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
    // The wizard's reaction is listed by its name read as words (the id callback-to-resolved is the author's own).
    await step(picker.selectOption((await picker.locator('option', { hasText: 'callback to resolved' }).getAttribute('value')) ?? ''));
    const below = page.getByLabel(/^Hostility after this reply is below/);
    await step(below.fill('70'));
    await step(below.press('Tab'));
    const says = page.getByRole('group', { name: 'What the customer says', exact: true });
    await step(says.getByRole('button', { name: 'Add a variant to “What the customer says”' }).click());
    await tri(says.getByRole('group', { name: 'Variant 1', exact: true }), '好,唔該晒。', '好，谢谢你。', 'Good, thank you.');
    await storedDraftContains(page, '"hostilityBelow": 70');
    await storedDraftContains(page, 'So what time will you call me back?');
    await readyToPublish(page);
    console.log(`studio author: wizard draft to a validated six-state scenario (a state, two transitions, its lines and a reaction's condition and line, all in the graph and forms) in ${steps - wizardSteps} more steps, ${Date.now() - started - wizardMs} ms`);
    await expectAxeClean(page, 'reactions form');

    // Preview from the start in English, with the debugger, to the resolved end; then save it as a test.
    await step(page.getByRole('button', { name: 'Preview' }).click());
    await step(page.getByLabel('Preview language').selectOption('en'));
    await step(page.getByRole('button', { name: 'Start preview' }).click());
    for (const reply of GOOD_PARKING_REPLIES) {
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
