// range: numbers the schema accepts one by one but that make no sense together — band boundaries out of
// order, a customer who starts already past breaking point, facts that can never be answered.
// (Single-number bounds such as 0–100 are reported by the schema under the same check id.)
import { toJsonPath, type ScenarioIssue } from '../../parse-scenario.ts';
import type { ScenarioCheck } from '../check.types.ts';

export const check: ScenarioCheck = {
  id: 'range',
  run: ({ scenario }) => {
    const issues: ScenarioIssue[] = [];
    const t = scenario.thresholds;
    const report = (path: (string | number)[], message: string) => issues.push({ check: 'range', path: toJsonPath(path), message });
    if (t.mid >= t.high) report(['thresholds', 'mid'], `mid (${t.mid}) must be below high (${t.high})`);
    if (t.high >= t.explode) report(['thresholds', 'high'], `high (${t.high}) must be below explode (${t.explode})`);
    if (t.acceptSolution >= t.explode) report(['thresholds', 'acceptSolution'], `acceptSolution (${t.acceptSolution}) must be below explode (${t.explode})`);
    if (scenario.persona.startHostility >= t.explode) {
      report(['persona', 'startHostility'], `startHostility (${scenario.persona.startHostility}) must be below explode (${t.explode})`);
    }
    if (scenario.passMark === 0) report(['passMark'], 'a pass mark of 0 passes everyone');
    scenario.reactions.forEach((r, i) => {
      const { hostilityAtLeast: lo, hostilityBelow: hi } = r.when;
      if (lo !== undefined && hi !== undefined && lo >= hi) report(['reactions', i, 'when'], `hostilityAtLeast (${lo}) ≥ hostilityBelow (${hi}): never true`);
    });
    return issues;
  },
};
