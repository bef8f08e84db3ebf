// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../../tests/setup/axe.ts';
import { renderForm } from '../test-support/form-harness.tsx';
import { WantsForm } from './WantsForm.tsx';

// The form's two sections: a field's group is looked up in its own section (naming every group of the
// whole form for each lookup is most of these tests' time in jsdom).
const wants = () => screen.getByRole('region', { name: 'What the customer wants' });
const objections = () => screen.getByRole('region', { name: 'Objections' });

describe('WantsForm', () => {
  it('writes what answers an objection: a move, a remedy, a time, someone named; adds and removes answers', async () => {
    const { user, json } = await renderForm(WantsForm);
    // Found once: the fieldset stays the same element across edits (keyed by the objection's id), and
    // queries inside it are far cheaper in jsdom than over the whole form.
    const doubt = within(objections()).getByRole('group', { name: 'Objection: Doubted the promise was real this time' });
    const objection = () => doubt;
    const answer = (n: number) => within(doubt).getByRole('group', { name: `Answer ${n}` });
    await user.selectOptions(within(answer(1)).getByLabelText('The reply names a time no later than'), 'today');
    await user.selectOptions(within(answer(2)).getByLabelText('The reply names who will act'), '');
    await user.click(within(answer(2)).getByLabelText('Send a plumber to inspect'));
    await waitFor(() =>
      expect(json().objections[0].answeredBy).toEqual([
        { anyActs: ['take_ownership'], within: 'today' },
        { anyActs: ['commit_followup'], remedies: ['plumber'] },
      ]),
    );
    await user.click(within(objection()).getByRole('button', { name: 'Add an answer' }));
    await waitFor(() => expect(json().objections[0].answeredBy).toHaveLength(3));
    await user.click(within(objection()).getByRole('button', { name: 'Remove answer 1' }));
    await waitFor(() => expect(json().objections[0].answeredBy).toEqual([{ anyActs: ['commit_followup'], remedies: ['plumber'] }, { anyActs: ['take_ownership'] }]));
    await expectNoAxeViolations();
  });

  it('reads and writes the facts an answer is about (answeredBy.facts), chosen by name: the id stays the tooltip', async () => {
    const { user, json } = await renderForm(WantsForm);
    const damage = within(objections()).getByRole('group', { name: 'Objection: Wanted the damaged paint and light fitting paid for' });
    // angry-resident's dated call about the damage: its fact is read back checked, named by its label.
    const answerWithFacts = json().objections[1].answeredBy.findIndex((a: { facts?: string[] }) => a.facts);
    const about = within(within(damage).getByRole('group', { name: `Answer ${answerWithFacts + 1}` })).getByRole('group', { name: 'The reply names one of these facts (what the answer is about)' });
    const painted = within(about).getByLabelText(/^Ceiling paint peeling/);
    expect(painted).toBeChecked();
    expect(painted.closest('label')).toHaveAttribute('title', 'damage');
    expect(within(about).queryByLabelText('damage')).toBeNull();

    // Another fact added, in the scenario's order; both taken away, the key goes (the schema wants no empty list).
    await user.click(within(about).getByLabelText(/^Called last Tuesday and Friday/));
    await waitFor(() => expect(json().objections[1].answeredBy[answerWithFacts].facts).toEqual(['reports', 'damage']));
    await user.click(within(about).getByLabelText(/^Called last Tuesday and Friday/));
    await user.click(within(about).getByLabelText(/^Ceiling paint peeling/));
    await waitFor(() => expect(json().objections[1].answeredBy[answerWithFacts]).not.toHaveProperty('facts'));

    // The first answer of the first objection had none: one chosen is written as a list of ids.
    const doubt = within(within(objections()).getByRole('group', { name: 'Objection: Doubted the promise was real this time' })).getByRole('group', { name: 'Answer 1' });
    await user.click(within(within(doubt).getByRole('group', { name: 'The reply names one of these facts (what the answer is about)' })).getByLabelText(/^The owner of 12B upstairs/));
    await waitFor(() => expect(json().objections[0].answeredBy[0]).toEqual({ anyActs: ['take_ownership'], facts: ['upstairs'] }));
  });

  it('names remedies and objections by their labels in Chinese, never by id (ids stay the tooltips)', async () => {
    await renderForm(WantsForm, undefined, 'zh-Hant');
    expect(screen.getByRole('group', { name: '補救：減免管理費' })).toBeInTheDocument();
    const doubt = screen.getByRole('group', { name: '異議：懷疑今次又係講完就算' });
    const plumber = within(doubt).getAllByLabelText('派師傅上門檢查')[0]!;
    expect(plumber.closest('label')).toHaveAttribute('title', 'plumber');
    expect(within(doubt).queryByLabelText('plumber')).toBeNull();
  });

  it('writes what the customer says they want and a second way to raise an objection', async () => {
    const { user, json } = await renderForm(WantsForm);
    const says = within(wants()).getByRole('group', { name: 'What the customer says when asked what they want' });
    const had = (json().wants.says ?? []).length as number;
    await user.click(within(says).getByRole('button', { name: 'Add a variant to “What the customer says when asked what they want”' }));
    await waitFor(() => expect(json().wants.says).toHaveLength(had + 1));

    const raises = within(within(objections()).getByRole('group', { name: 'Objection: Doubted the promise was real this time' })).getByRole('group', { name: 'How the customer raises it' });
    await user.click(within(raises).getByRole('button', { name: 'Add a variant to “How the customer raises it”' }));
    await waitFor(() => expect(json().objections[0].says.at(-1)).toMatchObject({ en: 'How do I know you will really do it?' }));
  });

  it("edits every variant of a remedy's reply and of the deadline pushback, adds and removes them", async () => {
    const { user, json } = await renderForm(WantsForm);
    const pushback = within(wants()).getByRole('group', { name: 'What the customer says to a later time' });
    const second = within(within(pushback).getByRole('group', { name: 'Variant 2' })).getByLabelText('English');
    await user.clear(second);
    await user.paste('Tomorrow is no good. Today.');
    await user.tab();
    expect(json().wants.deadline.pushback[1].en).toBe('Tomorrow is no good. Today.');
    expect(json().wants.deadline.pushback[0].en).toMatch(/^Tomorrow\? My mother/);
    await user.click(within(pushback).getByRole('button', { name: 'Remove variant 1 of “What the customer says to a later time”' }));
    await waitFor(() => expect(json().wants.deadline.pushback[0].en).toBe('Tomorrow is no good. Today.'));

    const waiver = within(within(wants()).getByRole('group', { name: 'Remedy: Waive the management fee' })).getByRole('group', { name: 'What the customer says to it' });
    await user.click(within(waiver).getByRole('button', { name: 'Add a variant to “What the customer says to it”' }));
    await waitFor(() => expect(json().wants.remedies[3].says).toHaveLength(2));
    expect(json().wants.remedies[3].says[1]).toEqual({ 'zh-Hant': '咁唔夠。', 'zh-Hans': '这样不够。', en: "That's not enough for me." });
    // The form's axe pass is the first test's (the same variant lists, 2.5 s of CPU each in jsdom).
  });

  it('writes what must be true before a remedy reply, a pushback or an objection line is said', async () => {
    const { user, json } = await renderForm(WantsForm);
    const waiver = within(within(wants()).getByRole('group', { name: 'Remedy: Waive the management fee' })).getByRole('group', { name: 'What the customer says to it' });
    const needs = within(waiver).getByRole('group', { name: 'Variant 1: say it only when' });
    await user.click(within(needs).getByLabelText("Called last Tuesday and Friday; both times promised someone within two days"));
    await waitFor(() => expect(json().wants.remedies[3].says[0].needs).toEqual({ facts: ['reports'] }));

    const pushback = within(wants()).getByRole('group', { name: 'What the customer says to a later time' });
    await user.selectOptions(within(within(pushback).getByRole('group', { name: 'Variant 2: say it only when' })).getByLabelText('The customer has accepted a solution'), 'false');
    await waitFor(() => expect(json().wants.deadline.pushback[1].needs).toEqual({ accepted: false }));

    const answered = within(within(objections()).getByRole('group', { name: 'Objection: Doubted the promise was real this time' })).getByRole('group', { name: 'What the customer says once it is answered' });
    await user.click(within(within(answered).getByRole('group', { name: 'Variant 1: say it only when' })).getByLabelText("Send a plumber to inspect"));
    await waitFor(() => expect(json().objections[0].answered[0].needs).toEqual({ remedies: ['plumber'] }));
    // Taken away again, `needs` goes with it.
    await user.click(within(within(answered).getByRole('group', { name: 'Variant 1: say it only when' })).getByLabelText("Send a plumber to inspect"));
    await waitFor(() => expect(json().objections[0].answered[0]).not.toHaveProperty('needs'));
  });
});
