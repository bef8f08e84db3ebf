// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../../../tests/setup/axe.ts';
import { renderForm } from '../test-support/form-harness.tsx';
import { StatesForm } from './StatesForm.tsx';

describe('StatesForm', () => {
  it("writes a state's description and a line variant in the band it belongs to", async () => {
    const { user, json } = await renderForm(StatesForm);
    await user.selectOptions(screen.getByLabelText('State'), 'solving');
    const mid = screen.getByRole('group', { name: 'Lines while hostility is middling (35–64)' });
    const en = within(within(mid).getByRole('group', { name: 'Variant 2' })).getByLabelText('English');
    await user.clear(en);
    await user.paste('Fine. When exactly will the plumber come?');
    await user.tab();
    expect(json().states.solving.lines.mid[1].en).toBe('Fine. When exactly will the plumber come?');
    // The other band and the other state are untouched.
    expect(json().states.solving.lines.mid).toHaveLength(2);
    expect(json().states.venting.lines.mid[1].en).not.toBe('Fine. When exactly will the plumber come?');

    const description = screen.getByRole('group', { name: 'What is going on in this state (for trainers)' });
    await user.clear(within(description).getByLabelText('简体中文'));
    await user.paste('住户在等确切的维修时间。');
    await user.tab();
    expect(json().states.solving.description['zh-Hans']).toBe('住户在等确切的维修时间。');
    await expectNoAxeViolations();
  });

  it('adds and removes variants, keeping at least one line per band', async () => {
    const { user, json } = await renderForm(StatesForm);
    // venting is the first state: shown without picking.
    const low = () => screen.getByRole('group', { name: 'Lines while hostility is low (0–34)' });
    expect(within(low()).queryByRole('button', { name: /^Remove variant/ })).toBeNull();
    await user.click(within(low()).getByRole('button', { name: 'Add a variant to “Lines while hostility is low (0–34)”' }));
    await waitFor(() => expect(json().states.venting.lines.low).toHaveLength(2));
    expect(json().states.venting.lines.low[1]).toEqual({ 'zh-Hant': '顧客這時說的話', 'zh-Hans': '顾客这时说的话', en: 'What the customer says now' });
    await user.click(within(low()).getByRole('button', { name: 'Remove variant 1 of “Lines while hostility is low (0–34)”' }));
    await waitFor(() => expect(json().states.venting.lines.low).toEqual([expect.objectContaining({ en: 'What the customer says now' })]));
  });

  it('writes what must be true before a line is said, and drops `needs` when nothing is left', async () => {
    const { user, json } = await renderForm(StatesForm);
    await user.selectOptions(screen.getByLabelText('State'), 'solving');
    const needs = () => within(screen.getByRole('group', { name: /^Lines while hostility is low/ })).getByRole('group', { name: 'Variant 1: say it only when' });
    await user.click(within(needs()).getByLabelText("Called last Tuesday and Friday; both times promised someone within two days"));
    await user.selectOptions(within(needs()).getByLabelText('A remedy has been offered'), 'true');
    await waitFor(() => expect(json().states.solving.lines.low[0].needs).toEqual({ facts: ['reports'], offered: true }));
    await user.click(within(needs()).getByLabelText("Called last Tuesday and Friday; both times promised someone within two days"));
    await user.selectOptions(within(needs()).getByLabelText('A remedy has been offered'), '');
    await waitFor(() => expect(json().states.solving.lines.low[0]).not.toHaveProperty('needs'));
  });

  it("writes the customer's last line for an ending", async () => {
    const { user, json } = await renderForm(StatesForm);
    const walked = screen.getByRole('group', { name: 'When the customer walks out' });
    await user.clear(within(walked).getByLabelText('繁體中文'));
    await user.paste('我唔同你講喇！');
    await user.tab();
    expect(json().endStates.walked_out.line['zh-Hant']).toBe('我唔同你講喇！');
  });

  it('renames a state in every place that names it, refusing an id that is taken or not an id', async () => {
    const { user, json, text } = await renderForm(StatesForm);
    const id = screen.getByLabelText('State id');
    expect(id).toHaveProperty('value', 'venting');
    await user.clear(id);
    await user.type(id, 'Letting off');
    await user.tab();
    expect(screen.getByRole('alert').textContent).toMatch(/starts with a lowercase letter/);
    expect(json().initial).toBe('venting');
    await user.clear(id);
    await user.type(id, 'listening');
    await user.tab();
    expect(screen.getByRole('alert').textContent).toBe('There is already a state called “listening”.');
    await user.clear(id);
    await user.type(id, 'letting-off-steam');
    await user.tab();
    await waitFor(() => expect(json().initial).toBe('letting-off-steam'));
    expect(Object.keys(json().states)[0]).toBe('letting-off-steam');
    expect(json().reactions.find((r: { id: string }) => r.id === 'heard-at-last').in).toContain('letting-off-steam');
    expect(json().modelAnswers).toHaveProperty('letting-off-steam');
    expect(text()).not.toMatch(/"venting"/);
    // The renamed state stays picked.
    expect(screen.getByRole('heading', { name: 'State letting off steam' })).toBeTruthy();
    await expectNoAxeViolations();
  });

  it('refuses to delete a state something refers to, saying what, and deletes one nothing refers to', async () => {
    const doc = JSON.parse(readFileSync('scenarios/angry-resident.json', 'utf8'));
    doc.states.aside = doc.states.venting;
    doc.modelAnswers.aside = doc.modelAnswers.venting;
    const { user, json } = await renderForm(StatesForm, JSON.stringify(doc, null, 2));
    await user.click(screen.getByRole('button', { name: 'Delete state venting' }));
    const refused = screen.getByRole('alert').textContent;
    expect(refused).toMatch(/^“venting” was not deleted/);
    expect(refused).toMatch(/The conversation starts in it/);
    expect(refused).toMatch(/Reactions plan-accepted, heard-at-last, boils-over-again apply in it or go to it/);
    expect(json().states).toHaveProperty('venting');
    // Another first state takes that reason away; the reactions still hold it.
    await user.selectOptions(screen.getByLabelText('The conversation starts in'), 'listening');
    await waitFor(() => expect(json().initial).toBe('listening'));
    await user.click(screen.getByRole('button', { name: 'Delete state venting' }));
    expect(screen.getByRole('alert').textContent).not.toMatch(/The conversation starts in it/);
    expect(screen.getByRole('alert').textContent).toMatch(/Reactions plan-accepted/);

    await user.selectOptions(screen.getByLabelText('State'), 'aside');
    await user.click(screen.getByRole('button', { name: 'Delete state aside' }));
    await waitFor(() => expect(json().states).not.toHaveProperty('aside'));
    expect(json().modelAnswers).not.toHaveProperty('aside');
    expect(screen.getByRole('status').textContent).toMatch(/Deleted state “aside”/);
    await expectNoAxeViolations();
  });

  it('names states by their name in the UI language; the id stays in its own field and as the value', async () => {
    await renderForm(StatesForm, undefined, 'zh-Hant');
    expect(screen.getByRole('heading', { name: '狀態 發洩不滿' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '刪除狀態 發洩不滿' })).toBeTruthy();
    const first = screen.getByRole('option', { name: '發洩不滿（第一個狀態）' });
    expect(first).toHaveProperty('value', 'venting');
    expect(screen.getByLabelText('狀態 id')).toHaveProperty('value', 'venting');
  });
});
