// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../tests/setup/axe.ts';
import { createBundle, createSignedBundle } from '../../domain/records/bundle.ts';
import { deriveBundleKey } from '../../domain/records/bundle-signature.ts';
import { fakeAttempt, freshStorage, realAttempt, renderDashboard } from './test-support/render-dashboard.tsx';

async function seeded() {
  const storage = freshStorage();
  await storage.importAttempts({
    attempts: [
      fakeAttempt({ id: 'a1', trainee: 'Amy', score: 40, dims: { listen: 30, ask: 70 }, forbidden: ['Calm down'], endedAt: '2026-01-01T10:00:00.000Z' }),
      fakeAttempt({ id: 'a2', trainee: 'Amy', score: 85, passed: true, dims: { listen: 50, ask: 90 }, forbidden: ['Calm down', "That's company policy"], endedAt: '2026-01-05T10:00:00.000Z' }),
      fakeAttempt({ id: 'b1', trainee: 'Ben <b>', scenarioId: 'broken-promise', mode: 'exam', difficulty: 'hard', score: 90, passed: true, dims: { listen: 95, ask: 40 }, endedAt: '2026-01-03T10:00:00.000Z' }),
    ],
    marks: [],
    overrides: [],
  });
  return storage;
}

const rowsShown = () => screen.getAllByRole('row').length - 1;

describe('attempts view', () => {
  it('lists, filters, searches and sorts attempts; names are text, rows link to the scorecard', async () => {
    const user = userEvent.setup();
    await renderDashboard({ name: 'attempts' }, await seeded());
    await screen.findByText('Showing 3 of 3 attempts');
    expect(rowsShown()).toBe(3);
    expect(screen.getByRole('link', { name: 'Ben <b>' })).toHaveAttribute('href', '#/scorecards/attempt/b1');
    await expectNoAxeViolations();

    await user.selectOptions(screen.getByLabelText('Trainee'), 'Amy');
    await screen.findByText('Showing 2 of 3 attempts');
    await user.selectOptions(screen.getByLabelText('Result'), 'passed');
    await screen.findByText('Showing 1 of 3 attempts');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.type(screen.getByLabelText('Search'), 'broken');
    await screen.findByText('Showing 1 of 3 attempts');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    // Difficulty is a column and a filter; attempts stored before difficulty existed count as standard.
    await user.selectOptions(screen.getByLabelText('Difficulty'), 'hard');
    await screen.findByText('Showing 1 of 3 attempts');
    expect(within(screen.getAllByRole('row')[1]!).getByRole('cell', { name: 'Hard' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Difficulty'), 'standard');
    await screen.findByText('Showing 2 of 3 attempts');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));

    const scoreHeader = screen.getByRole('columnheader', { name: /Score/ });
    await user.click(within(scoreHeader).getByRole('button'));
    expect(scoreHeader).toHaveAttribute('aria-sort', 'descending');
    const firstRow = () => screen.getAllByRole('row')[1]!;
    expect(within(firstRow()).getByRole('link')).toHaveTextContent('Ben <b>');
    await user.click(within(scoreHeader).getByRole('button'));
    expect(scoreHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(within(firstRow()).getByRole('link')).toHaveTextContent('Amy');
  });
});

describe('attempts from the LRS', () => {
  it('adds attempts from other devices as score-only rows, keeping the device copy of a known id', async () => {
    const user = userEvent.setup();
    const remote = (attemptId: string, trainee: string) => ({ attemptId, trainee, scenarioId: 'angry-resident', score: 77, passed: true, dimensions: { listen: 80 }, outcome: 'resolved' as const, mode: 'exam' as const, difficulty: 'hard' as const, timestamp: '2026-02-01T10:00:00.000Z' });
    await renderDashboard({ name: 'attempts' }, await seeded(), async () => [remote('a1', 'Amy'), remote('z9', 'Zoe')]);
    await screen.findByText('Showing 3 of 3 attempts');
    await user.click(screen.getByRole('button', { name: 'Add attempts from the LRS' }));
    await screen.findByText('Showing 4 of 4 attempts');
    expect(screen.getByText(/2 attempt\(s\) read from the learning record store/)).toBeInTheDocument();
    const zoe = screen.getAllByRole('row').find((r) => r.textContent?.includes('Zoe'));
    expect(zoe && within(zoe).queryByRole('link')).toBeNull();
    expect(zoe).toHaveTextContent('LRS');
    await expectNoAxeViolations();
  });
});

describe('trainee view', () => {
  it("shows only the chosen trainee's attempts: trends, weakest skill, phrases, best and latest", async () => {
    const user = userEvent.setup();
    await renderDashboard({ name: 'trainee' }, await seeded());
    await screen.findByRole('heading', { name: 'Trainee report: Amy' });
    expect(screen.getByText(/Weakest skill: Listen \(聽\) \(average 40\)/)).toBeInTheDocument();
    expect(screen.getByText('30 → 50 (average 40)')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Calm down' }).nextSibling).toHaveTextContent('2');
    expect(screen.getByRole('rowheader', { name: 'The angry resident' })).toBeInTheDocument();
    expect(screen.queryByText('The broken promise')).toBeNull();
    await expectNoAxeViolations();
    await user.selectOptions(screen.getByLabelText('Trainee'), 'Ben <b>');
    await screen.findByRole('heading', { name: 'Trainee report: Ben <b>' });
    expect(screen.getByRole('rowheader', { name: 'The broken promise' })).toBeInTheDocument();
  });
});

describe('cohort view', () => {
  it('reports pass rate and average per scenario, per skill, the heatmap and top phrases', async () => {
    await renderDashboard({ name: 'cohort' }, await seeded());
    const perScenario = await screen.findByRole('table', { name: 'Pass rate and average score per scenario' });
    const angry = within(perScenario).getByRole('row', { name: /The angry resident/ });
    expect(angry).toHaveTextContent('50%');
    expect(angry).toHaveTextContent('62.5');
    const heat = screen.getByRole('table', { name: 'Trainee × skill (average score)' });
    expect(within(heat).getByRole('row', { name: /Ben <b>/ })).toHaveTextContent('95');
    expect(screen.getByText('“Calm down”: 2 time(s)')).toBeInTheDocument();
    expect(screen.getByText('No trainer reviews yet.')).toBeInTheDocument();
    await expectNoAxeViolations();
  });
});

describe('attempt review', () => {
  it('requires a reason, keeps both scores with who and when, and feeds the agreement table', async () => {
    const user = userEvent.setup();
    const storage = await seeded();
    const { unmount } = await renderDashboard({ name: 'attempt', attemptId: 'a2' }, storage);
    await screen.findByRole('heading', { name: 'Trainer review' });
    expect(screen.getByTestId('scorecard')).toHaveTextContent('scorecard of a2');
    await user.type(screen.getByLabelText("Trainer's score (0–100)"), '60');
    await user.click(screen.getByRole('button', { name: 'Save override' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write a reason');
    // The reason pasted (clicked first, as a trainer would): each typed key re-rendered the review page.
    await user.click(screen.getByLabelText('Reason'));
    await user.paste('Solution offered before any apology.');
    await user.click(screen.getByRole('button', { name: 'Save override' }));
    await screen.findByText('Override saved; both scores are kept.');
    const row = await screen.findByRole('row', { name: /Overall/ });
    expect(row).toHaveTextContent('85');
    expect(row).toHaveTextContent('60');
    expect(row).toHaveTextContent('Trainer T');
    await expectNoAxeViolations();
    unmount();

    const cohort = await renderDashboard({ name: 'cohort' }, storage);
    const agreement = await screen.findByRole('row', { name: /The angry resident 1/ });
    // One review: engine passed (85), trainer 60: MAD 25, but one review says nothing about agreement.
    expect(agreement).toHaveTextContent('25.0');
    expect(agreement).toHaveTextContent('needs 10 reviews (1 so far)');
    // The override counts: 60 is below the pass mark of 70, so neither angry-resident attempt passes now.
    const perScenario = screen.getByRole('table', { name: 'Pass rate and average score per scenario' });
    expect(within(perScenario).getByRole('row', { name: /The angry resident/ })).toHaveTextContent(/0%\s*50/);
    cohort.unmount();
  });

  it('the latest override counts everywhere; earlier ones are kept as history', async () => {
    const user = userEvent.setup();
    const storage = await seeded();
    const { unmount } = await renderDashboard({ name: 'attempt', attemptId: 'a2' }, storage);
    await screen.findByRole('heading', { name: 'Trainer review' });
    for (const [score, reason] of [['72', 'Apologised late but well.'], ['58', 'Second look: no apology at all.']] as const) {
      await user.type(screen.getByLabelText("Trainer's score (0–100)"), score);
      await user.click(screen.getByLabelText('Reason'));
      await user.paste(reason);
      await user.click(screen.getByRole('button', { name: 'Save override' }));
      await screen.findByRole('row', { name: new RegExp(reason.replace(/[.]/g, '\\.')) });
    }
    expect(screen.getByText("The score that counts is the trainer's 58 (the engine gave 85).")).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Apologised late/ })).toHaveTextContent('Replaced by a later review');
    expect(screen.getByRole('row', { name: /no apology/ })).toHaveTextContent('Counts');
    unmount();

    await renderDashboard({ name: 'attempts' }, storage);
    await screen.findByText('Showing 3 of 3 attempts');
    const row = screen.getByRole('row', { name: /Amy.*58/ });
    expect(row).toHaveTextContent('engine 85');
    expect(row).toHaveTextContent('Not passed');
  });
});

describe('export and import', () => {
  const file = (text: string, name = 'bundle.json') => new File([text], name, { type: 'application/json' });

  it('imports a bundle: re-scores, flags a tampered score, skips duplicates', async () => {
    const user = userEvent.setup();
    const storage = freshStorage();
    const good = realAttempt('r1');
    const tampered = { ...realAttempt('r2'), score: good.score === 100 ? 1 : 100 };
    await renderDashboard({ name: 'transfer' }, storage);
    const input = await screen.findByLabelText('Bundle file');
    await user.upload(input, file(createBundle([good, tampered], [], new Date())));
    await screen.findByText('Attempts added: 2.');
    expect(screen.getByText(`Remote: stored ${tampered.score}, recomputed ${good.score}`)).toBeInTheDocument();
    const marks = await storage.listImportMarks();
    expect(Object.fromEntries(marks.map((m) => [m.attemptId, m.status]))).toEqual({ r1: 'verified', r2: 'mismatch' });
    await expectNoAxeViolations();

    await user.upload(input, file(createBundle([good], [], new Date())));
    await screen.findByText('Already here, skipped: 1.');
  });

  it('refuses an invalid file with the reason and writes nothing', async () => {
    const user = userEvent.setup();
    const storage = freshStorage();
    await renderDashboard({ name: 'transfer' }, storage);
    const input = await screen.findByLabelText('Bundle file');
    const bad = JSON.parse(createBundle([realAttempt('ok-1'), realAttempt('ok-2')], [], new Date()));
    bad.attempts[1].passed = 'yes';
    await user.upload(input, file(JSON.stringify(bad)));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The bundle contains an invalid attempt.');
    expect(alert).toHaveTextContent('attempt "ok-2" (attempts[2]): passed');
    expect(alert).toHaveTextContent('Nothing from this file was saved.');
    expect((await storage.listAllAttempts()).attempts).toEqual([]);
    const huge = file('{}');
    Object.defineProperty(huge, 'size', { value: 200 * 1024 * 1024 });
    huge.text = () => Promise.reject(new Error('an oversized file must not be read'));
    await user.upload(input, huge);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('larger than 100 MB'));
    await user.upload(input, file('not json at all'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('not valid JSON'));
  });
});

describe('signed bundles', () => {
  const file = (text: string, name = 'bundle.json') => new File([text], name, { type: 'application/json' });

  it('flags a renamed trainee in a signed bundle and keeps it out of the cohort until a trainer accepts it', async () => {
    const user = userEvent.setup();
    const key = await deriveBundleKey('org passcode', 'acme', 1000);
    const reviewer = { name: 'Tina', kind: 'organisation' as const, signer: { id: 'acme', name: 'Acme', key } };
    const bundle = JSON.parse(await createSignedBundle([realAttempt('s-1')], [], new Date(), reviewer.signer));
    bundle.attempts[0].trainee = 'Someone Else';
    const storage = freshStorage();
    const { unmount } = await renderDashboard({ name: 'transfer' }, storage, undefined, reviewer);
    await user.upload(await screen.findByLabelText('Bundle file'), file(JSON.stringify(bundle)));
    await screen.findByText(/The signature does not match: the file was edited after it was exported/);
    unmount();

    const cohort = await renderDashboard({ name: 'cohort' }, storage, undefined, reviewer);
    await screen.findByText('1 flagged imported attempt(s) are left out of these figures until a trainer accepts them.');
    expect(screen.queryByRole('table', { name: 'Pass rate and average score per scenario' })?.textContent ?? '').not.toMatch(/The angry resident/);
    cohort.unmount();

    await renderDashboard({ name: 'attempt', attemptId: 's-1' }, storage, undefined, reviewer);
    await user.click(await screen.findByRole('button', { name: 'Accept this attempt' }));
    await screen.findByText(/Accepted by Tina on/);
  });

  it('verifies an untouched signed bundle from the same organisation', async () => {
    const user = userEvent.setup();
    const key = await deriveBundleKey('org passcode', 'acme', 1000);
    const reviewer = { name: 'Tina', kind: 'organisation' as const, signer: { id: 'acme', name: 'Acme', key } };
    await renderDashboard({ name: 'transfer' }, freshStorage(), undefined, reviewer);
    await user.upload(await screen.findByLabelText('Bundle file'), file(await createSignedBundle([realAttempt('s-2')], [], new Date(), reviewer.signer)));
    await screen.findByText('Signature checked: exported by this organisation and not edited since.');
  });
});

