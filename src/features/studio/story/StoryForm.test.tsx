// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../../tests/setup/axe.ts';
import { renderForm } from '../test-support/form-harness.tsx';
import { StoryForm } from './StoryForm.tsx';

describe('StoryForm', () => {
  it("writes a fact's questions (moves) and topic words", async () => {
    const { user, json } = await renderForm(StoryForm);
    const fact = () => screen.getByRole('group', { name: 'Fact: Called last Tuesday and Friday; both times promised someone within two days' });
    const questions = () => within(fact()).getByRole('group', { name: 'Questions (moves) that bring it out' });
    // Named to the trainer by its label, not its id (reports), on its legend and its remove button.
    expect(within(fact()).getByRole('button', { name: `Remove ${json().facts[1].label.en}` })).toBeInTheDocument();
    const before = json().facts[1].revealedBy as string[];
    await user.selectOptions(within(questions()).getByLabelText('Add to “Questions (moves) that bring it out”'), 'acknowledge');
    await waitFor(() => expect(json().facts[1].revealedBy).toEqual([...before, 'acknowledge']));
    const topics = within(fact()).getByRole('group', { name: 'Words a question about it would use (comma-separated)' });
    await user.clear(within(topics).getByLabelText('English'));
    await user.paste('called, report, hotline');
    await user.tab();
    await waitFor(() => expect(json().facts[1].topics.en).toEqual(['called', 'report', 'hotline']));
    await expectNoAxeViolations();
  });

  it('removes a model answer, keeping the last one a state has', async () => {
    const { user, json } = await renderForm(StoryForm);
    const second = json().modelAnswers.listening[1].en as string;
    await user.click(screen.getByRole('button', { name: 'Remove model answer 1 for listening' }));
    await waitFor(() => expect(json().modelAnswers.listening).toEqual([expect.objectContaining({ en: second })]));
    expect(screen.queryByRole('button', { name: /Remove model answer \d for listening/ })).toBeNull();
  });

  it('names each state by its name in the UI language, not its JSON id', async () => {
    await renderForm(StoryForm, undefined, 'zh-Hant');
    expect(screen.getByRole('group', { name: '狀態 發洩不滿' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '為 發洩不滿 新增示範回覆' })).toBeTruthy();
    expect(screen.queryByText(/venting/)).toBeNull();
  });
});
