// Evaluates a reaction's `when` against the turn in progress. explainCondition says which part failed
// first and with what values, so the studio's debugger can show why a reaction did not fire without
// re-implementing the check.
import type { MoveId } from '../reply/moves.ts';
import type { Condition, ConditionInput } from '../scenario/scenario.types.ts';
import { objectionsOpen } from './objections.ts';

/** The first part of a condition that did not hold: the field, what it asked for, what was true. */
export interface ConditionMiss {
  /** The condition field, as written in the scenario (`hostilityBelow`, `anyActs`…). */
  field: keyof Condition;
  /** The value the scenario wrote. */
  expected: unknown;
  /** What the engine saw: moves of this reply, hostility after the engine's rules, facts known… */
  actual: unknown;
}

interface Part {
  field: keyof Condition;
  holds: boolean;
  actual: unknown;
}

/** Every part the condition sets, in the order they are checked, with whether it holds. */
function parts(when: Condition, { sim, analysis, base }: ConditionInput): Part[] {
  const acts = new Set<MoveId>(analysis.acts);
  const ever = (m: MoveId) => acts.has(m) || (sim.moveCounts[m] ?? 0) > 0;
  const everSeen = (list: readonly MoveId[]) => list.filter(ever);
  const known = [...sim.factsKnown, ...base.factsRevealed];
  const turn = sim.turn + 1;
  const out: Part[] = [];
  const add = (field: keyof Condition, holds: boolean, actual: unknown) => {
    if (when[field] !== undefined) out.push({ field, holds, actual });
  };
  add('anyActs', when.anyActs?.some((m) => acts.has(m)) ?? true, analysis.acts);
  add('allActs', when.allActs?.every((m) => acts.has(m)) ?? true, analysis.acts);
  add('noActs', !(when.noActs?.some((m) => acts.has(m)) ?? false), analysis.acts);
  add('everActs', when.everActs?.every(ever) ?? true, when.everActs ? everSeen(when.everActs) : []);
  add('neverActs', !(when.neverActs?.some(ever) ?? false), when.neverActs ? everSeen(when.neverActs) : []);
  add('forbidden', when.forbidden === analysis.forbidden.length > 0, analysis.forbidden.length > 0);
  add('signals', when.signals?.some((s) => base.signals.includes(s)) ?? true, base.signals);
  add('hostilityAtLeast', when.hostilityAtLeast === undefined || base.hostility >= when.hostilityAtLeast, base.hostility);
  add('hostilityBelow', when.hostilityBelow === undefined || base.hostility < when.hostilityBelow, base.hostility);
  add('factsKnown', when.factsKnown?.every((f) => known.includes(f)) ?? true, known);
  add('minFactsKnown', when.minFactsKnown === undefined || known.length >= when.minFactsKnown, known.length);
  add('feelingsAcknowledged', when.feelingsAcknowledged === base.after.feelingsAcknowledged, base.after.feelingsAcknowledged);
  add('solutionAccepted', when.solutionAccepted === base.after.solutionAccepted, base.after.solutionAccepted);
  add('understood', when.understood === base.after.understood, base.after.understood);
  add('offered', when.offered === (base.after.offer !== null), base.after.offer !== null);
  add('objectionsOpen', when.objectionsOpen === objectionsOpen(base.after.objections), objectionsOpen(base.after.objections));
  add('turnAtLeast', when.turnAtLeast === undefined || turn >= when.turnAtLeast, turn);
  return out;
}

/** The first part of `when` that does not hold, or null when the whole condition holds. */
export function explainCondition(when: Condition, input: ConditionInput): ConditionMiss | null {
  const miss = parts(when, input).find((p) => !p.holds);
  return miss ? { field: miss.field, expected: when[miss.field], actual: miss.actual } : null;
}

export function matchCondition(when: Condition, input: ConditionInput): boolean {
  return explainCondition(when, input) === null;
}
