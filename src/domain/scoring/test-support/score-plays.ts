// Test support for scoring rules: play hand-built replies through the simulation and run one rule.
import type { Locale } from '../../reply/reply.types.ts';
import type { Scenario } from '../../scenario/scenario.types.ts';
import { isEndState } from '../../scenario/end-states.ts';
import { playTurns, shipped, type Play } from '../../scenario/test-support/shipped.ts';
import type { Diagnosis, ScoringInput, ScoringRule } from '../scorecard.types.ts';

/** The ScoringInput for plays in a shipped scenario (angry-resident unless given). */
export function inputFor(plays: readonly Play[], options: { scenario?: Scenario; diagnosis?: Diagnosis; locale?: Locale } = {}): ScoringInput {
  const scenario = options.scenario ?? shipped('angry-resident');
  const sim = playTurns(scenario, plays);
  return {
    scenario,
    sim,
    turns: sim.turns,
    outcome: isEndState(sim.state) ? sim.state : 'incomplete',
    locale: options.locale ?? 'en',
    diagnosis: options.diagnosis ?? null,
  };
}

/** Sum of a rule's points for the plays. */
export function pointsOf(rule: ScoringRule, plays: readonly Play[], options: Parameters<typeof inputFor>[1] = {}): number {
  return rule.evaluate(inputFor(plays, options)).reduce((s, e) => s + e.points, 0);
}
