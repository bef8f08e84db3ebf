// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../tests/setup/axe.ts';
import { ANGRY_COPY, editText, file, fresh, openCopyOfShipped, renderStudio, shippedText, fillLayoutGaps } from './test-support/render-studio.tsx';

// angry-resident's saved tests, as shipped (all of them pass); a saved preview adds one more.
const SHIPPED_TESTS = (JSON.parse(readFileSync('scenarios/tests/angry-resident.tests.json', 'utf8')) as { tests: unknown[] }).tests.length;

beforeAll(fillLayoutGaps);

describe('StudioPage', () => {
  it('imports a valid scenario as a draft (published only through the review step) and refuses hostile files with a message, rendering text as text', async () => {
    const { storage, user } = await renderStudio();
    const input = screen.getByTestId('studio-import-input');
    const hostile = JSON.parse(shippedText);
    hostile.id = 'xss-test';
    hostile.title.en = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
    await user.upload(input, [
      file('good.json', JSON.stringify(hostile)),
      file('not-json.json', '<script>alert(1)</script>'),
      file('huge.json', '{}', 50 * 1024 * 1024),
      file('future.json', JSON.stringify({ ...hostile, id: 'future', schemaVersion: 99 })),
    ]);
    // Each file's result is listed as it is checked, the last one when all are done.
    expect(await screen.findByText(/Imported as a draft: 1 problem/)).toBeInTheDocument();
    expect(screen.getByText(/Imported as a draft with no problems/)).toBeInTheDocument();
    expect(screen.getByText(/not a JSON scenario file/)).toBeInTheDocument();
    expect(screen.getByText(/too large/)).toBeInTheDocument();
    expect(document.querySelector('img:not(.cm-widgetBuffer)')).toBeNull();
    expect((window as { __xss?: number }).__xss).toBeUndefined();
    // Nothing reaches trainees on import.
    expect(await storage.listPublished()).toEqual([]);
    // The wrong-version file opened as a draft: its problem is listed and cannot be published.
    expect(await screen.findByText(/newer than this app understands/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publish to trainees' })).toBeDisabled();
    await expectNoAxeViolations();
    // The valid one is published by the explicit step: problems and tests first, then a confirm.
    await user.click(screen.getByRole('button', { name: /^xss-test/ }));
    expect(await screen.findByText('No problems: ready to publish.', {}, { timeout: 30_000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Publish to trainees' }));
    const review = screen.getByRole('alertdialog', { name: 'Before publishing to trainees' });
    expect(review).toHaveTextContent('Problems: none.');
    expect(review).toHaveTextContent('Tests: none saved yet');
    expect(await storage.listPublished()).toEqual([]);
    await expectNoAxeViolations();
    await user.click(within(review).getByRole('button', { name: 'Publish now' }));
    await waitFor(async () => expect((await storage.listPublished()).map((p) => p.id)).toEqual(['xss-test']));
  });

  it('deletes with undo', async () => {
    const { storage, user } = await openCopyOfShipped();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText(`Deleted “${ANGRY_COPY}”.`, { exact: false })).toBeInTheDocument();
    expect(await storage.list()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await storage.list()).map((r) => r.name)).toEqual([ANGRY_COPY]), { timeout: 30_000 });
  });

  it('builds a new scenario from the wizard: a valid five-state draft, refused with messages while answers are missing', async () => {
    const { storage, user } = await renderStudio();
    await user.click(screen.getByRole('button', { name: 'New scenario…' }));
    const form = screen.getByRole('form', { name: 'New scenario' });
    await user.click(within(form).getByRole('button', { name: 'Create the draft' }));
    const alert = within(form).getByRole('alert');
    expect(alert).toHaveTextContent('The scenario id must start with a lowercase letter');
    expect(alert).toHaveTextContent('Title: write it in both Traditional Chinese and English.');
    expect(await storage.list()).toEqual([]);

    const fill = async (scope: HTMLElement, text: string) => {
      await user.clear(scope as HTMLInputElement);
      await user.click(scope);
      await user.paste(text);
    };
    const bi = async (group: string, zh: string, en: string, root: HTMLElement = form) => {
      const g = within(root).getByRole('group', { name: group });
      await fill(within(g).getByLabelText('繁體中文'), zh);
      await fill(within(g).getByLabelText('English'), en);
    };
    await fill(within(form).getByLabelText('Scenario id'), 'parking-space');
    await bi('Title', '車位被借出', 'The lent parking space');
    await user.click(within(form).getByLabelText('Face to face'));
    await bi('Briefing: what the trainee knows before the first reply', '住戶黃太的車位被借給了裝修工人。', "Mrs Wong's rented parking space was lent to a contractor.");
    await bi("The customer's first words", '我租的車位點解會泊咗架貨車?', 'Why is there a van in the parking space I rent?');
    await bi('How to address the customer (e.g. 黃太 / Mrs Wong)', '黃太', 'Mrs Wong');
    await user.click(within(form).getByLabelText('respect'));
    const fact = within(form).getByRole('group', { name: 'Fact 1' });
    await bi('The fact, as shown on the scorecard', '今早八點發現車位被佔', 'Found the space taken at 8 this morning', fact);
    await bi('How the customer tells it when asked', '今朝八點我返嚟,架貨車就泊喺度。', 'I came back at eight and the van was parked there.', fact);
    await fill(within(fact).getByLabelText(/Words a question about it would use/), 'morning, time, 幾點');
    await bi('The remedy the customer wants', '移走貨車', 'the van moved');
    await fill(within(form).getByLabelText(/Words a reply offering it would use/), 'van, 貨車');
    await user.click(within(form).getByRole('button', { name: 'Create the draft' }));

    expect(await screen.findByRole('heading', { name: 'The lent parking space' })).toBeInTheDocument();
    expect(await screen.findByText('No problems: ready to publish.', {}, { timeout: 30_000 })).toBeInTheDocument();
    const [record] = await storage.list();
    const doc = JSON.parse(record!.draft) as { id: string; states: object; title: Record<string, string>; persona: { motives: string[] } };
    expect(doc.id).toBe('parking-space');
    expect(Object.keys(doc.states)).toHaveLength(5);
    // Simplified drafted by OpenCC from the Traditional, and marked machine-converted for Translations.
    expect(doc.title['zh-Hans']).toBe('车位被借出');
    expect(record!.machineConverted?.['title:zh-Hans']).toBe('车位被借出');
    expect(doc.persona.motives).toEqual(['fix', 'respect']);
    await expectNoAxeViolations();
  });

  it('runs a shipped scenario’s tests and previews it with the debug panel', async () => {
    const { user } = await renderStudio();
    await user.click(screen.getByRole('button', { name: /angry-resident/ }));
    expect(await screen.findByText(`Run on every edit: ${SHIPPED_TESTS} passed, 0 failed.`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    await user.click(screen.getByRole('button', { name: 'Start preview' }));
    await user.type(screen.getByLabelText('Your reply'), "I'm so sorry, I can see why you're upset.{Enter}");
    const debug = screen.getByRole('region', { name: 'Debug' });
    // Each move by name with the id the JSON uses, the words and the lexicon entry that matched.
    expect(within(debug).getByText('Apology (apologize)')).toBeInTheDocument();
    expect(within(debug).getAllByText(/^entry apologize\//).length).toBeGreaterThan(0);
    expect(within(debug).getByText(/after the engine's rules/)).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('says why each reaction did not fire, in the JSON’s ids and values, and teaches the reader a missed phrase', async () => {
    const { storage, user, tab } = await openCopyOfShipped();
    await user.click(tab('Preview'));
    await user.selectOptions(screen.getByLabelText('Preview language'), 'en');
    await user.click(screen.getByRole('button', { name: 'Start preview' }));
    const reply = 'Consider this mine from now on.';
    await user.type(screen.getByLabelText('Your reply'), `${reply}{Enter}`);
    const debug = screen.getByRole('region', { name: 'Debug' });
    expect(within(debug).getByText(/^No move was read in this reply\./)).toBeInTheDocument();
    // Every reaction is listed in order; the ones whose condition failed say which field and the values.
    const reactions = debug.querySelectorAll('.studio-debug-reactions > li');
    const doc = JSON.parse(readFileSync('scenarios/angry-resident.json', 'utf8')) as { reactions: { id: string }[] };
    // Each by its name with the JSON's id after it ("fobbed off (fobbed-off)").
    expect([...reactions].map((li) => li.getAttribute('data-reaction'))).toEqual(doc.reactions.map((r) => r.id));
    expect(reactions[0]?.textContent).toMatch(/^told to calm down \(told-to-calm-down\) /);
    expect([...reactions].some((li) => /did not fire: needs “.+”, was /.test(li.textContent ?? ''))).toBe(true);

    await user.click(within(debug).getByRole('button', { name: 'Teach the reader this reply' }));
    await user.selectOptions(screen.getByLabelText('Move it should read as'), 'take_ownership');
    const words = screen.getByLabelText('The words that say it');
    await user.clear(words);
    await user.type(words, 'not in the reply');
    await user.click(screen.getByRole('button', { name: 'Check the phrase' }));
    expect(await screen.findByText(/These words are not in the reply/)).toBeInTheDocument();
    await user.clear(words);
    await user.type(words, 'this mine');
    await user.click(screen.getByRole('button', { name: 'Check the phrase' }));
    expect(await screen.findByText('reads as take_ownership with the phrase:')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add take_ownership/en/scenario-1 to the scenario' }));
    await waitFor(async () => expect((await storage.list())[0]?.draft).toContain('"take_ownership/en/scenario-1"'), { timeout: 30_000 });
    const saved = JSON.parse((await storage.list())[0]!.draft) as { lexicon: { entries: { id: string; examples: string[] }[] } };
    expect(saved.lexicon.entries.at(-1)).toMatchObject({ id: 'take_ownership/en/scenario-1', examples: [reply] });

    // Replayed, the reply now reads as taking ownership, and the debugger names the new entry.
    await user.click(screen.getByRole('button', { name: 'Restart' }));
    await user.type(screen.getByLabelText('Your reply'), `${reply}{Enter}`);
    expect(within(screen.getByRole('region', { name: 'Debug' })).getByText('entry take_ownership/en/scenario-1')).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('previews the play a saved test replays: the seed\'s customer name, never a {placeholder}', async () => {
    const { user } = await renderStudio();
    await user.click(screen.getByRole('button', { name: /water-pump-runaround/ }));
    await user.click(await screen.findByRole('button', { name: 'Preview' }));
    await user.click(screen.getByRole('button', { name: 'Start preview' }));
    // The preview plays seed 1 (PreviewPanel.tsx), whose variation names water-pump-runaround's customer by its
    // first variant, Mr Chow, rather than the persona's own name, Mr Wong.
    expect(screen.getByText(/^customer: /)).toHaveTextContent(/^customer: Mr Chow$/);
    expect(screen.getByText(/^briefing: /).textContent).toContain('Mr Chow bought');
    expect(screen.getByText(/^briefing: /).textContent).not.toContain('{');
  });

  it('saves a preview as a test that fails after an edit breaks it', async () => {
    const { storage, user, tab, publish } = await openCopyOfShipped();
    await user.click(tab('Preview'));
    await user.click(screen.getByRole('button', { name: 'Start preview' }));
    // One slip only warns (the escalation ladder); the second breaks the conversation off.
    await user.type(screen.getByLabelText('Your reply'), 'Calm down.{Enter}');
    await user.type(screen.getByLabelText('Your reply'), "That's company policy, you have to wait your turn.{Enter}");
    await user.type(screen.getByLabelText('Test name'), 'calm down{Enter}');
    expect(await screen.findByText('Saved test “calm down”.')).toBeInTheDocument();
    await user.click(tab(/^Tests/));
    expect(await screen.findByText(`${SHIPPED_TESTS + 1} passed, 0 failed`, { exact: false })).toBeInTheDocument();
    const [record] = await storage.list();
    expect(record?.tests).toHaveLength(SHIPPED_TESTS + 1);
    // A breakdown that ends in a walk-out instead of escalation changes the saved conversation's outcome: the test breaks on the edit.
    editText((text) => text.replace(/"explodeTo":\s*"escalated"/, '"explodeTo": "walked_out"'));
    await waitFor(() => expect(screen.queryByText(`${SHIPPED_TESTS + 1} passed, 0 failed`, { exact: false })).toBeNull());
    expect(screen.getByText(/passed, [1-9]\d* failed/)).toBeInTheDocument();
    const saved = screen.getByText('calm down').closest('li')!;
    expect(within(saved).getByText('expected escalated, got walked out')).toBeInTheDocument();
    // Expected beside actual, and the transcript that got there (open, since it fails).
    const compare = within(saved).getByRole('table', { name: 'Expected and actual result of “calm down”' });
    expect(within(compare).getByRole('row', { name: /Outcome escalated walked out/ })).toHaveClass('differs');
    expect(within(saved).getByText('Calm down.')).toBeVisible();
    expect(within(saved).getByText(/moves: Dismissing the emotion · reaction: told to calm down/)).toBeInTheDocument();

    // The expectation is edited, not only deleted: a bad range is refused with a message, a good one saved.
    await user.click(within(saved).getByRole('button', { name: 'Edit expectation: “calm down”' }));
    const form = within(saved).getByRole('form', { name: 'Edit expectation: “calm down”' });
    await user.selectOptions(within(form).getByLabelText('Outcome'), 'walked_out');
    await user.clear(within(form).getByLabelText('Lowest score'));
    await user.type(within(form).getByLabelText('Lowest score'), '90');
    await user.clear(within(form).getByLabelText('Highest score'));
    await user.type(within(form).getByLabelText('Highest score'), '10');
    await user.click(within(form).getByRole('button', { name: 'Save expectation' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('The lowest score must not be above the highest.');
    await user.clear(within(form).getByLabelText('Lowest score'));
    await user.clear(within(form).getByLabelText('Highest score'));
    await user.click(within(form).getByRole('button', { name: 'Save expectation' }));
    await waitFor(() => expect(within(screen.getByText('calm down').closest('li')!).getByText('PASS')).toBeInTheDocument());
    await waitFor(async () => {
      const tests = (await storage.list())[0]?.tests as { name: string; expect: unknown }[];
      expect(tests.find((x) => x.name === 'calm down')?.expect).toEqual({ outcome: 'walked_out' });
    });

    // Back to escalation (and an id of its own, so it may be published): valid, but the edited test now fails.
    editText((text) => text.replace(/"explodeTo":\s*"walked_out"/, '"explodeTo": "escalated"').replace('"id": "angry-resident"', '"id": "calm-down-copy"'));
    await waitFor(() => expect(publish).toBeEnabled());
    await waitFor(() => expect(within(screen.getByText('calm down').closest('li')!).getByText('FAIL')).toBeInTheDocument());
    // Publish warns while tests fail (the duplicate's shipped tests pass, the saved one fails), and publishes only when confirmed.
    await user.click(publish);
    expect(screen.getByRole('alertdialog')).toHaveTextContent(new RegExp(`Problems: none\\.Tests: ${SHIPPED_TESTS} of ${SHIPPED_TESTS + 1} pass\\..*test(s)? fail.*Publish to trainees anyway\\?`));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((await storage.list())[0]?.published).toBeNull();
    await user.click(publish);
    await user.click(screen.getByRole('button', { name: 'Publish anyway' }));
    await waitFor(async () => {
      const [rec] = await storage.list();
      expect(rec?.published).not.toBeNull();
      expect(rec?.published).toBe(rec?.draft);
      expect(rec?.published).toContain('"explodeTo": "escalated"');
    });
  });

  it('imports a test plan into the scenario with its id, and refuses one with no such scenario', async () => {
    const storage = fresh();
    const { user } = await renderStudio(storage);
    const doc = JSON.parse(shippedText);
    doc.id = 'with-tests';
    await user.upload(screen.getByTestId('studio-import-input'), [file('with-tests.json', JSON.stringify(doc))]);
    await screen.findByText(/Imported as a draft with no problems/);
    const plan = JSON.parse(readFileSync('scenarios/tests/angry-resident.tests.json', 'utf8'));
    await user.upload(screen.getByTestId('studio-import-input'), [
      file('a.tests.json', JSON.stringify({ ...plan, scenario: 'with-tests' })),
      file('b.tests.json', JSON.stringify({ ...plan, scenario: 'nobody' })),
    ]);
    // Listed as each file is read: the second file's result comes last.
    expect(await screen.findByText(/none of your scenarios has the id “nobody”/)).toBeInTheDocument();
    expect(screen.getByText(`Added ${SHIPPED_TESTS} test(s) to “with-tests”`, { exact: false })).toBeInTheDocument();
    expect(await screen.findByText(`Run on every edit: ${SHIPPED_TESTS} passed, 0 failed.`)).toBeInTheDocument();
    expect((await storage.list())[0]?.tests).toHaveLength(SHIPPED_TESTS);
  });

  it('never publishes under an id trainees already see', async () => {
    const { storage, user } = await renderStudio();
    await user.upload(screen.getByTestId('studio-import-input'), [file('angry-resident.json', shippedText)]);
    // Said in the import message and under the open draft's publish button.
    expect(await screen.findAllByText(/The id “angry-resident” is already used/)).toHaveLength(2);
    expect(await storage.listPublished()).toEqual([]);
    expect(screen.getByRole('button', { name: 'Publish to trainees' })).toBeDisabled();
  });
});
