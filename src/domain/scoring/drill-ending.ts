// How a drill ended and what it uncovered — one definition each, read by the scorecard, the drill's sidebar and
// the end-of-drill notice, so they cannot say different things (trainee play-through 4).
import { isEndState } from '../scenario/end-states.ts';
import type { Scenario, TurnRecord } from '../scenario/scenario.types.ts';
import type { Ending } from './endings.ts';

export { ENDINGS, type Ending } from './endings.ts';

/** Why the drill ended, from its last turn; null while it has not reached an end state. */
export function endingOf(scenario: Pick<Scenario, 'thresholds' | 'turnLimit' | 'reactions'>, turns: readonly TurnRecord[]): Ending | null {
  const last = turns.at(-1);
  if (!last || !isEndState(last.stateAfter)) return null;
  if (last.hostility >= scenario.thresholds.explode) return 'explode';
  const reaction = last.reaction === null ? undefined : scenario.reactions.find((r) => r.id === last.reaction);
  if (reaction?.goto !== undefined && reaction.goto === last.stateAfter) return 'reaction';
  if (last.signals.includes('gave-up')) return 'gave-up';
  if (last.turn >= scenario.turnLimit.turns) return 'turn-limit';
  return 'reaction';
}

/** The scenario's key facts the customer told in the replies (each once), out of all of them. */
export function factsUncovered(scenario: Pick<Scenario, 'facts'>, turns: readonly TurnRecord[]): { found: Set<string>; total: number } {
  return { found: new Set(turns.flatMap((t) => t.factsRevealed)), total: scenario.facts.length };
}
