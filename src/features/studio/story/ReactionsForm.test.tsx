// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../../tests/setup/axe.ts';
import { renderForm } from '../test-support/form-harness.tsx';
import { ReactionsForm } from './ReactionsForm.tsx';

const ANY = 'This reply makes at least one of these moves';

describe('ReactionsForm', () => {
  it("writes a reaction's conditions: moves, a hostility limit, a yes/no, facts known — and leaves out what is left empty", async () => {
    const { user, json } = await renderForm(ReactionsForm);
    await user.selectOptions(screen.getByLabelText('Reaction'), '1. told to calm down (every state → stays in the state)');
    const any = screen.getByRole('group', { name: ANY });
    await user.selectOptions(within(any).getByLabelText(`Add to “${ANY}”`), 'rush');
    await waitFor(() => expect(json().reactions[0].when.anyActs).toEqual(['dismiss_emotion', 'rush']));
    await user.click(within(screen.getByRole('group', { name: ANY })).getByRole('button', { name: `Remove Dismissing the emotion from “${ANY}”` }));
    await waitFor(() => expect(json().reactions[0].when.anyActs).toEqual(['rush']));

    const below = screen.getByLabelText('Hostility after this reply is below (0–100)');
    await user.type(below, '170');
    await user.tab();
    expect(screen.getByText('A whole number from 0 to 100.')).toBeInTheDocument();
    expect(json().reactions[0].when).not.toHaveProperty('hostilityBelow');
    await user.clear(below);
    await user.type(below, '70');
    await user.tab();
    await waitFor(() => expect(json().reactions[0].when.hostilityBelow).toBe(70));

    await user.selectOptions(within(screen.getByRole('group', { name: 'When it applies' })).getByLabelText('A remedy has been offered'), 'false');
    await user.click(within(screen.getByRole('group', { name: 'All of these facts are known' })).getByLabelText("Called last Tuesday and Friday; both times promised someone within two days"));
    await waitFor(() => expect(json().reactions[0].when).toEqual({ anyActs: ['rush'], hostilityBelow: 70, offered: false, factsKnown: ['reports'] }));

    // Emptied again: the keys go, as the schema wants (no empty lists).
    await user.clear(screen.getByLabelText('Hostility after this reply is below (0–100)'));
    await user.tab();
    await user.selectOptions(within(screen.getByRole('group', { name: 'When it applies' })).getByLabelText('A remedy has been offered'), '');
    await user.click(within(screen.getByRole('group', { name: 'All of these facts are known' })).getByLabelText("Called last Tuesday and Friday; both times promised someone within two days"));
    await waitFor(() => expect(json().reactions[0].when).toEqual({ anyActs: ['rush'] }));
    await expectNoAxeViolations();
  });

  it('writes where a reaction applies, where it goes, its hostility and what the customer says', async () => {
    const { user, json } = await renderForm(ReactionsForm);
    const states = screen.getByRole('group', { name: 'In these states' });
    await user.click(within(states).getByLabelText('listening'));
    await user.click(within(states).getByLabelText('venting'));
    // Written in the order of the states, not of the clicks.
    await waitFor(() => expect(json().reactions[0].in).toEqual(['venting', 'listening']));
    await user.selectOptions(screen.getByLabelText('Then go to'), 'escalated');
    await user.click(screen.getByLabelText(/A provocation that ends the drill at once/));
    await user.clear(screen.getByLabelText(/Extra hostility change/));
    await user.type(screen.getByLabelText(/Extra hostility change/), '12');
    await user.tab();
    const say = screen.getByRole('group', { name: 'What the customer says' });
    await user.clear(within(within(say).getByRole('group', { name: 'Variant 1' })).getByLabelText('English'));
    await user.paste('Calm down? Get me your manager.');
    await user.tab();
    await waitFor(() =>
      expect(json().reactions[0]).toMatchObject({ in: ['venting', 'listening'], goto: 'escalated', final: true, hostility: 12, say: [expect.objectContaining({ en: 'Calm down? Get me your manager.' }), expect.anything()] }),
    );
  });

  it('adds a reaction, moves it up (order decides which fires) and removes it', async () => {
    const { user, json } = await renderForm(ReactionsForm);
    const count = json().reactions.length as number;
    await user.click(screen.getByRole('button', { name: 'Add a reaction' }));
    await waitFor(() => expect(json().reactions).toHaveLength(count + 1));
    expect(json().reactions[count]).toMatchObject({ id: `reaction-${count + 1}`, in: ['venting'], when: { anyActs: ['apologize'] } });
    // The new one is the one shown.
    expect(screen.getByRole('heading', { name: `Reaction ${count + 1}: reaction ${count + 1}` })).toBeInTheDocument();
    const before = json().reactions[count - 1].id as string;
    await user.click(screen.getByRole('button', { name: `Move reaction ${count + 1} up` }));
    await waitFor(() => expect(json().reactions.map((r: { id: string }) => r.id).slice(-2)).toEqual([`reaction-${count + 1}`, before]));
    expect(screen.getByRole('heading', { name: `Reaction ${count}: reaction ${count + 1}` })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Remove reaction ${count + 1}` }));
    await waitFor(() => expect(json().reactions.map((r: { id: string }) => r.id)).not.toContain(`reaction-${count + 1}`));
    expect(json().reactions).toHaveLength(count);
  });

  it('renames a reaction, refusing an id that is taken or not an id', async () => {
    const { user, json } = await renderForm(ReactionsForm);
    const id = screen.getByLabelText('Reaction id');
    await user.clear(id);
    await user.type(id, 'runaround');
    await user.tab();
    expect(screen.getByRole('alert').textContent).toBe('There is already a reaction called “runaround”.');
    await user.clear(id);
    await user.type(id, 'Calm down');
    await user.tab();
    expect(screen.getByRole('alert').textContent).toMatch(/^An id starts with a lowercase letter/);
    expect(json().reactions[0].id).toBe('told-to-calm-down');
    await user.clear(screen.getByLabelText('Reaction id'));
    await user.type(screen.getByLabelText('Reaction id'), 'calm-down-dismissed');
    await user.tab();
    await waitFor(() => expect(json().reactions[0].id).toBe('calm-down-dismissed'));
    expect(screen.getByLabelText('Reaction')).toHaveProperty('value', '0');
    expect(screen.queryByRole('alert')).toBeNull();
    await expectNoAxeViolations();
  });

  it('names the states a reaction applies in and goes to in the UI language, writing their ids', async () => {
    const { user, json } = await renderForm(ReactionsForm, undefined, 'zh-Hant');
    const states = screen.getByRole('group', { name: '適用的狀態' });
    expect(within(states).queryByLabelText('venting')).toBeNull();
    await user.click(within(states).getByLabelText('願意細說'));
    await waitFor(() => expect(json().reactions[0].in).toContain('listening'));
    expect(screen.getByRole('option', { name: '結束：顧客離開' })).toHaveProperty('value', 'walked_out');
    // The reaction by a name, not its English id (which stays in the id field); engine signals in words.
    expect(screen.getByRole('heading', { name: '反應 1：被叫冷靜' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: /^1\. 被叫冷靜/ })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'solution-accepted' })).toBeNull();
    expect(screen.getByRole('option', { name: '顧客接受了方案' })).toBeInTheDocument();
  });
});
