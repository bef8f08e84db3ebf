// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../tests/setup/axe.ts';
import { checkConfig } from '../../domain/org/config.schema.ts';
import { setupI18n } from '../../i18n/setup.ts';
import { GroupsPanel } from './GroupsPanel.tsx';
import { PLAN_KEY, usePlan } from './plan-store.ts';

const scenarios = [
  { id: 'angry-resident', title: 'The angry resident' },
  { id: 'broken-promise', title: 'The broken promise' },
];
const NOW = new Date('2026-12-02T10:00:00');

async function renderPanel(language: 'en' | 'zh-Hant' = 'en', configured: ComponentProps<typeof GroupsPanel>['configured'] = { groups: [], assignmentIds: [] }) {
  const i18n = await setupI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <GroupsPanel scenarios={scenarios} configured={configured} language={language} trainer="Tina Trainer" now={() => NOW} />
    </I18nextProvider>,
  );
  return userEvent.setup();
}

beforeEach(async () => {
  localStorage.clear();
  usePlan.setState({ groups: [], assignments: [], dropped: 0 });
  await usePlan.persist.rehydrate();
});
afterEach(() => vi.restoreAllMocks());

describe('groups and assignments on the trainers page', () => {
  it('names a group, assigns it a scenario with difficulty, due date and grade policy, and keeps both on this device', async () => {
    const user = await renderPanel();
    expect(screen.getByText('Add a group first: scenarios are assigned to groups.')).toBeInTheDocument();
    // Nothing typed: each missing field is named.
    await user.click(screen.getByRole('button', { name: 'Add group' }));
    expect(within(screen.getByRole('alert')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Give the group a name.', 'Add at least one trainee.']);
    await user.type(screen.getByLabelText('Group name'), 'Night shift');
    await user.type(screen.getByLabelText('Trainees'), 'Amy Chan{Enter}Ben, 陳大文');
    await user.click(screen.getByRole('button', { name: 'Add group' }));
    expect(screen.getByText('3 trainees: Amy Chan, Ben, 陳大文')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Scenario'), 'broken-promise');
    await user.selectOptions(screen.getByLabelText('Difficulty'), 'hard');
    await user.selectOptions(screen.getByLabelText('Grade'), 'average');
    await user.type(screen.getByLabelText('Due date (the end of that day)'), '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Assign' }));
    expect(screen.getByRole('alert')).toHaveTextContent('2026-12-01 has already passed: choose a later due date.');
    await user.clear(screen.getByLabelText('Due date (the end of that day)'));
    await user.type(screen.getByLabelText('Due date (the end of that day)'), '2026-12-31');
    await user.click(screen.getByRole('button', { name: 'Assign' }));
    expect(screen.getByText('The broken promise · Night shift')).toBeInTheDocument();
    expect(screen.getByText('At Hard · due Dec 31, 2026 · grade: average score')).toBeInTheDocument();

    // Stored on this device, and read back by a fresh load of the store.
    const stored = JSON.parse(localStorage.getItem(PLAN_KEY)!) as { state: { assignments: unknown[] } };
    expect(stored.state.assignments).toEqual([
      { id: 'broken-promise-night-shift', groupId: 'night-shift', scenarioId: 'broken-promise', difficulty: 'hard', due: new Date(2026, 11, 31, 23, 59, 59).toISOString(), policy: 'average', assignedBy: 'Tina Trainer', assignedAt: NOW.toISOString() },
    ]);
    const text = localStorage.getItem(PLAN_KEY)!;
    usePlan.setState({ groups: [], assignments: [] });
    localStorage.setItem(PLAN_KEY, text);
    await usePlan.persist.rehydrate();
    expect(usePlan.getState().assignments).toHaveLength(1);

    // A group with an assignment is not removed from under it.
    await user.click(screen.getByRole('button', { name: 'Remove the group Night shift' }));
    expect(screen.getByRole('alert')).toHaveTextContent('“Night shift” still has assignments: remove them first.');
    await expectNoAxeViolations();
  }, 30_000);

  it("exports the groups and assignments as defuse.config.json's fields, which the config check accepts", async () => {
    const user = await renderPanel();
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (saved.push(blob as Blob), 'blob:x'));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    expect(screen.getByRole('button', { name: 'Download for defuse.config.json' })).toBeDisabled();
    await user.type(screen.getByLabelText('Group name'), 'Night shift');
    await user.type(screen.getByLabelText('Trainees'), 'Amy');
    await user.click(screen.getByRole('button', { name: 'Add group' }));
    await user.type(screen.getByLabelText('Due date (the end of that day)'), '2026-12-31');
    await user.click(screen.getByRole('button', { name: 'Assign' }));
    await user.click(screen.getByRole('button', { name: 'Download for defuse.config.json' }));
    const exported = JSON.parse(await saved[0]!.text()) as Record<string, unknown>;
    const config = { format: 'defuse-config', version: 1, organisation: { id: 'acme', name: 'Acme' }, ...exported };
    expect(checkConfig(config)).toMatchObject({ ok: true, config: { groups: [{ name: 'Night shift', trainees: ['Amy'] }], assignments: [{ scenarioId: 'angry-resident', policy: 'best' }] } });
  }, 30_000);

  it("assigns to the organisation's groups too, and will not reuse one of their names (in Chinese)", async () => {
    const user = await renderPanel('zh-Hant', { groups: [{ id: 'day', name: '日班', trainees: ['Amy'] }], assignmentIds: ['angry-resident-day'] });
    await user.type(screen.getByLabelText('小組名稱'), '日班');
    await user.type(screen.getByLabelText('學員'), 'Ben');
    await user.click(screen.getByRole('button', { name: '加入小組' }));
    expect(screen.getByRole('alert')).toHaveTextContent('已有名為「日班」的小組。');
    await user.type(screen.getByLabelText('截止日期（當日結束時）'), '2026-12-31');
    await user.click(screen.getByRole('button', { name: '指派' }));
    // The config already has an assignment with the first id that comes to mind: this one gets another.
    expect(usePlan.getState().assignments.map((a) => [a.id, a.groupId])).toEqual([['angry-resident-day-1', 'day']]);
  }, 30_000);
});
