// The groups and assignments a trainer made on this device: one small persisted store (localStorage),
// repaired entry by entry on load, so a damaged entry is dropped without taking the rest with it.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Assignment } from '../../domain/org/assignment.schema.ts';
import type { Group } from '../../domain/org/assignments.ts';
import { EMPTY_PLAN, repairPlan, type OrgPlan } from '../../domain/org/plan.ts';

export const PLAN_KEY = 'defuse.orgPlan';
export const PLAN_VERSION = 1;

interface PlanState extends OrgPlan {
  /** Entries dropped on load because they were no group or assignment (a hand-edited or damaged store). */
  dropped: number;
  addGroup: (group: Group) => void;
  /** Refused (false) while an assignment is still given to the group. */
  removeGroup: (id: string) => boolean;
  addAssignment: (assignment: Assignment) => void;
  removeAssignment: (id: string) => void;
}

export const usePlan = create<PlanState>()(
  persist(
    (set, get) => ({
      ...EMPTY_PLAN,
      dropped: 0,
      addGroup: (group) => set((s) => ({ groups: [...s.groups.filter((g) => g.id !== group.id), group] })),
      removeGroup: (id) => {
        if (get().assignments.some((a) => a.groupId === id)) return false;
        set((s) => ({ groups: s.groups.filter((g) => g.id !== id) }));
        return true;
      },
      addAssignment: (assignment) => set((s) => ({ assignments: [...s.assignments.filter((a) => a.id !== assignment.id), assignment] })),
      removeAssignment: (id) => set((s) => ({ assignments: s.assignments.filter((a) => a.id !== id) })),
    }),
    {
      name: PLAN_KEY,
      version: PLAN_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ groups: s.groups, assignments: s.assignments }),
      migrate: (stored) => repairPlan(stored),
      merge: (stored, current) => ({ ...current, ...repairPlan(stored) }),
    },
  ),
);
