// unknown-state: every reference — initial, reactions' `in` and `goto`, model answer keys, facts named in
// conditions — must point at something the scenario defines. An unknown fact is filed as `unknown-fact`
// (it is not a state, and the studio's fix for it is different).
import { toJsonPath, type ScenarioIssue } from '../../parse-scenario.ts';
import { isEndState } from '../../end-states.ts';
import type { ScenarioCheck } from '../check.types.ts';

export const check: ScenarioCheck = {
  id: 'unknown-state',
  run: ({ scenario }) => {
    const issues: ScenarioIssue[] = [];
    const states = new Set(Object.keys(scenario.states));
    const facts = new Set(scenario.facts.map((f) => f.id));
    const report = (path: (string | number)[], message: string, check = 'unknown-state') => issues.push({ check, path: toJsonPath(path), message });
    if (!states.has(scenario.initial)) report(['initial'], `unknown state "${scenario.initial}"`);
    scenario.reactions.forEach((r, i) => {
      r.in?.forEach((s, j) => {
        if (!states.has(s)) report(['reactions', i, 'in', j], `unknown state "${s}"`);
      });
      if (r.goto && !states.has(r.goto) && !isEndState(r.goto)) report(['reactions', i, 'goto'], `unknown state "${r.goto}"`);
      r.when.factsKnown?.forEach((f, j) => {
        if (!facts.has(f)) report(['reactions', i, 'when', 'factsKnown', j], `unknown fact "${f}"`, 'unknown-fact');
      });
    });
    for (const key of Object.keys(scenario.modelAnswers)) {
      if (!states.has(key)) report(['modelAnswers', key], `model answers for unknown state "${key}"`);
    }
    return issues;
  },
};
