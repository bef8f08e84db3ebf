// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../../tests/setup/axe.ts';
import { renderForm } from '../test-support/form-harness.tsx';
import { GuidedEditor } from './GuidedEditor.tsx';

describe('GuidedEditor', () => {
  it("rewrites a written choice's reply and kind, and removes one", async () => {
    const { user, json } = await renderForm(GuidedEditor);
    await user.selectOptions(screen.getByLabelText('State'), 'planning');
    const choice = screen.getByRole('group', { name: 'Choice 2' });
    const en = within(within(choice).getByRole('group', { name: 'The reply' })).getByLabelText('English');
    await user.clear(en);
    await user.paste('Someone will look at it soon.');
    await user.tab();
    await user.selectOptions(within(screen.getByRole('group', { name: 'Choice 2' })).getByLabelText('Kind'), 'harmful');
    await waitFor(() => expect(json().guided.planning[1]).toMatchObject({ kind: 'harmful', text: { en: 'Someone will look at it soon.' } }));
    expect(json().guided.planning[0].kind).toBe('good');
    await user.click(screen.getByRole('button', { name: 'Remove choice 1 of planning' }));
    await waitFor(() => expect(json().guided.planning).toHaveLength(2));
    expect(json().guided.planning[0].text.en).toBe('Someone will look at it soon.');
    await expectNoAxeViolations();
  });

  it('writes what must be true before a choice is offered, and drops `needs` when nothing is left', async () => {
    const { user, json } = await renderForm(GuidedEditor);
    await user.selectOptions(screen.getByLabelText('State'), 'planning');
    const needs = () => screen.getByRole('group', { name: 'Choice 1: offer it only when' });
    await user.click(within(needs()).getByLabelText("The owner of 12B upstairs is rarely home; the office must contact them"));
    await user.selectOptions(within(needs()).getByLabelText('A remedy has been offered'), 'false');
    await waitFor(() => expect(json().guided.planning[0].needs).toEqual({ facts: ['upstairs'], offered: false }));
    expect(json().guided.planning[1]).not.toHaveProperty('needs');
    await user.click(within(needs()).getByLabelText("The owner of 12B upstairs is rarely home; the office must contact them"));
    await user.selectOptions(within(needs()).getByLabelText('A remedy has been offered'), '');
    await waitFor(() => expect(json().guided.planning[0]).not.toHaveProperty('needs'));
    await expectNoAxeViolations();
  });

  it('names the states in the UI language, keeping the id as the value', async () => {
    await renderForm(GuidedEditor, undefined, 'zh-Hant');
    expect(screen.getByRole('option', { name: '發洩不滿' })).toHaveProperty('value', 'venting');
    expect(screen.getByRole('heading', { name: '為「發洩不滿」加一個選項' })).toBeTruthy();
  });
});
