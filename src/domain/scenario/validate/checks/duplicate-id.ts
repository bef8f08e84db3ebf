// duplicate-id: facts and reactions are referred to by id (conditions, traces, scorecards); ids must be unique.
import { toJsonPath, type ScenarioIssue } from '../../parse-scenario.ts';
import type { ScenarioCheck } from '../check.types.ts';

export const check: ScenarioCheck = {
  id: 'duplicate-id',
  run: ({ scenario }) => {
    const issues: ScenarioIssue[] = [];
    for (const key of ['facts', 'reactions'] as const) {
      const seen = new Set<string>();
      scenario[key].forEach((item, i) => {
        if (seen.has(item.id)) issues.push({ check: 'duplicate-id', path: toJsonPath([key, i, 'id']), message: `duplicate id "${item.id}"` });
        seen.add(item.id);
      });
    }
    return issues;
  },
};
