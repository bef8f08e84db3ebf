import { describe, expect, it } from 'vitest';
import { checkConfig } from './config.schema.ts';
import { endOfDay, idFor, planExportText, splitTrainees } from './plan-edit.ts';
import { mergePlans, repairPlan } from './plan.ts';

const group = { id: 'night', name: 'Night shift', trainees: ['Amy', 'Ben'] };
const assignment = { id: 'leak', groupId: 'night', scenarioId: 'angry-resident', difficulty: 'hard' as const, due: '2026-12-31T15:59:59.000Z', policy: 'best' as const };

describe('a trainer plan kept on this device', () => {
  it('keeps every good entry of a damaged store and counts the ones it drops', () => {
    const repaired = repairPlan({ groups: [group, { id: 'Bad Id', name: 'x', trainees: [] }, 'junk'], assignments: [assignment, { ...assignment, id: 'p', policy: 'median' }, { ...assignment, id: 'q', due: 'tomorrow' }] });
    expect(repaired).toEqual({ groups: [group], assignments: [assignment], dropped: 4 });
    expect(repairPlan(null)).toEqual({ groups: [], assignments: [], dropped: 0 });
  });

  it("makes config ids from names, Chinese ones included, without reusing one; splits trainees typed one a line or with commas", () => {
    expect(idFor('Night shift', 'group', [])).toBe('night-shift');
    expect(idFor('Night shift', 'group', ['night-shift'])).toBe('night-shift-1');
    expect(idFor('夜班', 'group', ['group-1'])).toBe('group-2');
    expect(splitTrainees(' Amy Chan \n陳大文、李小明,amy chan\n\n Ben ')).toEqual(['Amy Chan', '陳大文', '李小明', 'Ben']);
  });

  it("puts the config's groups and assignments first and adds this device's under ids the config does not use", () => {
    const other = { ...group, id: 'day', name: 'Day shift' };
    const merged = mergePlans({ groups: [group], assignments: [assignment] }, { groups: [{ ...group, name: 'Renamed here' }, other], assignments: [{ ...assignment, policy: 'last' }] });
    expect(merged.groups.map((g) => g.name)).toEqual(['Night shift', 'Day shift']);
    expect(merged.assignments).toEqual([assignment]);
  });

  it('exports the two fields a config takes, and a config with them checks', () => {
    const exported = JSON.parse(planExportText({ groups: [group], assignments: [{ ...assignment, due: endOfDay('2026-12-31'), assignedBy: 'Tina', assignedAt: '2026-12-02T10:00:00.000Z' }] })) as Record<string, unknown>;
    expect(Object.keys(exported)).toEqual(['groups', 'assignments']);
    expect(checkConfig({ format: 'defuse-config', version: 1, organisation: { id: 'acme', name: 'Acme' }, ...exported })).toMatchObject({ ok: true });
    expect(new Date(endOfDay('2026-12-31')).getDate()).toBe(31);
    expect(new Date(endOfDay('2026-12-31')).getHours()).toBe(23);
  });
});
