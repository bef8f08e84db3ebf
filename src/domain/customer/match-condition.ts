// Evaluates a reaction's `when` against the turn in progress.
import type { MoveId } from '../reply/moves.ts';
import type { Condition, ConditionInput } from '../scenario/scenario.types.ts';
import { objectionsOpen } from './objections.ts';


export function matchCondition(when: Condition, { sim, analysis, base }: ConditionInput): boolean {
  const acts = new Set<MoveId>(analysis.acts);
  const ever = (m: MoveId) => acts.has(m) || (sim.moveCounts[m] ?? 0) > 0;
  const known = [...sim.factsKnown, ...base.factsRevealed];
  const turn = sim.turn + 1;
  const checks: Array<boolean | undefined> = [
    when.anyActs && when.anyActs.some((m) => acts.has(m)),
    when.allActs && when.allActs.every((m) => acts.has(m)),
    when.noActs && !when.noActs.some((m) => acts.has(m)),
    when.everActs && when.everActs.every(ever),
    when.neverActs && !when.neverActs.some(ever),
    when.forbidden === undefined ? undefined : when.forbidden === analysis.forbidden.length > 0,
    when.signals && when.signals.some((s) => base.signals.includes(s)),
    when.hostilityAtLeast === undefined ? undefined : base.hostility >= when.hostilityAtLeast,
    when.hostilityBelow === undefined ? undefined : base.hostility < when.hostilityBelow,
    when.factsKnown && when.factsKnown.every((f) => known.includes(f)),
    when.minFactsKnown === undefined ? undefined : known.length >= when.minFactsKnown,
    when.feelingsAcknowledged === undefined ? undefined : when.feelingsAcknowledged === base.after.feelingsAcknowledged,
    when.solutionAccepted === undefined ? undefined : when.solutionAccepted === base.after.solutionAccepted,
    when.understood === undefined ? undefined : when.understood === base.after.understood,
    when.offered === undefined ? undefined : when.offered === (base.after.offer !== null),
    when.objectionsOpen === undefined ? undefined : when.objectionsOpen === objectionsOpen(base.after.objections),
    when.turnAtLeast === undefined ? undefined : turn >= when.turnAtLeast,
  ];
  return checks.every((c) => c !== false);
}
