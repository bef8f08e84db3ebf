// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../../tests/setup/axe.ts';
import { renderForm } from '../test-support/form-harness.tsx';
import { WantsForm } from './WantsForm.tsx';

describe('WantsForm', () => {
  it('writes what answers an objection: a move, a remedy, a time, someone named; adds and removes answers', async () => {
    const { user, json } = await renderForm(WantsForm);
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

  it('writes what the customer says they want and a second way to raise an objection', async () => {
    const { user, json } = await renderForm(WantsForm);
    const wants = screen.getByRole('group', { name: 'What the customer says when asked what they want' });
    const had = (json().wants.says ?? []).length as number;
    await user.click(within(wants).getByRole('button', { name: 'Add a variant to “What the customer says when asked what they want”' }));
    await waitFor(() => expect(json().wants.says).toHaveLength(had + 1));

    const raises = within(screen.getByRole('group', { name: 'Objection doubt' })).getByRole('group', { name: 'How the customer raises it' });
    await user.click(within(raises).getByRole('button', { name: 'Add a variant to “How the customer raises it”' }));
    await waitFor(() => expect(json().objections[0].says.at(-1)).toMatchObject({ en: 'How do I know you will really do it?' }));
  });
});
