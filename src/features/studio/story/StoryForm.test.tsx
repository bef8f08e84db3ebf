// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../../tests/setup/axe.ts';
import { renderForm } from '../test-support/form-harness.tsx';
import { StoryForm } from './StoryForm.tsx';

describe('StoryForm', () => {
  it('writes what answers an objection: a move, a remedy, a time, someone named; adds and removes answers', async () => {
    const { user, json } = await renderForm(StoryForm);
    // Found once: the fieldset stays the same element across edits (keyed by the objection's id), and
    // queries inside it are far cheaper in jsdom than over the whole form.
    const doubt = screen.getByRole('group', { name: 'Objection doubt' });
    const objection = () => doubt;
    const answer = (n: number) => within(doubt).getByRole('group', { name: `Answer ${n}` });
    await user.selectOptions(within(answer(1)).getByLabelText('The reply names a time no later than'), 'today');
    await user.selectOptions(within(answer(2)).getByLabelText('The reply names who will act'), '');
    await user.click(within(answer(2)).getByLabelText('plumber'));
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

  it("writes a fact's questions and topic words, what the customer says they want, and a second way to raise an objection", async () => {
    const { user, json } = await renderForm(StoryForm);
    const fact = () => screen.getByRole('group', { name: 'Fact reports' });
    const questions = () => within(fact()).getByRole('group', { name: 'Questions (moves) that bring it out' });
    const before = json().facts[1].revealedBy as string[];
    await user.selectOptions(within(questions()).getByLabelText('Add to “Questions (moves) that bring it out”'), 'acknowledge');
    await waitFor(() => expect(json().facts[1].revealedBy).toEqual([...before, 'acknowledge']));
    const topics = within(fact()).getByRole('group', { name: 'Words a question about it would use (comma-separated)' });
    await user.clear(within(topics).getByLabelText('English'));
    await user.paste('called, report, hotline');
    await user.tab();
    await waitFor(() => expect(json().facts[1].topics.en).toEqual(['called', 'report', 'hotline']));

    const wants = screen.getByRole('group', { name: 'What the customer says when asked what they want' });
    const had = (json().wants.says ?? []).length as number;
    await user.click(within(wants).getByRole('button', { name: 'Add a variant to “What the customer says when asked what they want”' }));
    await waitFor(() => expect(json().wants.says).toHaveLength(had + 1));

    const raises = within(screen.getByRole('group', { name: 'Objection doubt' })).getByRole('group', { name: 'How the customer raises it' });
    await user.click(within(raises).getByRole('button', { name: 'Add a variant to “How the customer raises it”' }));
    await waitFor(() => expect(json().objections[0].says.at(-1)).toMatchObject({ en: 'How do I know you will really do it?' }));
  });

  it('removes a model answer, keeping the last one a state has', async () => {
    const { user, json } = await renderForm(StoryForm);
    const second = json().modelAnswers.listening[1].en as string;
    await user.click(screen.getByRole('button', { name: 'Remove model answer 1 for listening' }));
    await waitFor(() => expect(json().modelAnswers.listening).toEqual([expect.objectContaining({ en: second })]));
    expect(screen.queryByRole('button', { name: /Remove model answer \d for listening/ })).toBeNull();
  });
});
