import type { Scenario } from './scenario.types.ts';

/** Every state a reply in `stateId` can lead to, per the scenario's reactions and the engine's rules. */
export function possibleTargets(scenario: Scenario, stateId: string): string[] {
  const targets = new Set<string>([stateId]);
  for (const r of scenario.reactions) {
    if (r.goto && (r.in === undefined || r.in.includes(stateId))) targets.add(r.goto);
  }
  targets.add(scenario.explodeTo);
  targets.add(scenario.turnLimit.outcome);
  return [...targets];
}
