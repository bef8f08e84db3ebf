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

/**
 * The first part the condition sets that does not hold, in the order they are checked (as written below), with
 * what the engine saw; null when every part holds. Parts after the first miss are not evaluated: a scenario's
 * twenty-odd reactions are each tried on every turn.
 */
export function explainCondition(when: Condition, { sim, analysis, base }: ConditionInput): ConditionMiss | null {
  const acts = new Set<MoveId>(analysis.acts);
  const ever = (m: MoveId) => acts.has(m) || (sim.moveCounts[m] ?? 0) > 0;
  const everSeen = (list: readonly MoveId[]) => list.filter(ever);
  const known = () => [...sim.factsKnown, ...base.factsRevealed];
  const turn = sim.turn + 1;
  const miss = <F extends keyof Condition>(field: F, actual: unknown): ConditionMiss => ({ field, expected: when[field], actual });
  if (when.anyActs !== undefined && !when.anyActs.some((m) => acts.has(m))) return miss('anyActs', analysis.acts);
  if (when.allActs !== undefined && !when.allActs.every((m) => acts.has(m))) return miss('allActs', analysis.acts);
  if (when.noActs !== undefined && when.noActs.some((m) => acts.has(m))) return miss('noActs', analysis.acts);
  if (when.everActs !== undefined && !when.everActs.every(ever)) return miss('everActs', everSeen(when.everActs));
  if (when.neverActs !== undefined && when.neverActs.some(ever)) return miss('neverActs', everSeen(when.neverActs));
  if (when.forbidden !== undefined && when.forbidden !== analysis.forbidden.length > 0) return miss('forbidden', analysis.forbidden.length > 0);
  if (when.signals !== undefined && !when.signals.some((s) => base.signals.includes(s))) return miss('signals', [...base.signals]);
  if (when.hostilityAtLeast !== undefined && !(base.hostility >= when.hostilityAtLeast)) return miss('hostilityAtLeast', base.hostility);
  if (when.hostilityBelow !== undefined && !(base.hostility < when.hostilityBelow)) return miss('hostilityBelow', base.hostility);
  if (when.factsKnown !== undefined) {
    const k = known();
    if (!when.factsKnown.every((f) => k.includes(f))) return miss('factsKnown', k);
  }
  if (when.minFactsKnown !== undefined) {
    const k = known();
    if (!(k.length >= when.minFactsKnown)) return miss('minFactsKnown', k.length);
  }
  const after = base.after;
  if (when.feelingsAcknowledged !== undefined && when.feelingsAcknowledged !== after.feelingsAcknowledged) return miss('feelingsAcknowledged', after.feelingsAcknowledged);
  if (when.solutionAccepted !== undefined && when.solutionAccepted !== after.solutionAccepted) return miss('solutionAccepted', after.solutionAccepted);
  if (when.understood !== undefined && when.understood !== after.understood) return miss('understood', after.understood);
  if (when.offered !== undefined && when.offered !== (after.offer !== null)) return miss('offered', after.offer !== null);
  if (when.objectionsOpen !== undefined) {
    const open = objectionsOpen(after.objections);
    if (when.objectionsOpen !== open) return miss('objectionsOpen', open);
  }
  if (when.turnAtLeast !== undefined && !(turn >= when.turnAtLeast)) return miss('turnAtLeast', turn);
  return null;
}

export function matchCondition(when: Condition, input: ConditionInput): boolean {
  return explainCondition(when, input) === null;
}
