// Step 5 of the six steps is conditional — "if still unhappy, ask their opinion" (docs/training-model.md#step-ask-their-view) — so a customer who accepted
// a solution without turning one down or objecting to it was not owed the question (evidence.ts, scen15p).
import { describe, expect, it } from 'vitest';
import type { Signal, TurnRecord } from '../scenario/scenario.types.ts';
import { shipped } from '../scenario/test-support/shipped.ts';
import { preferenceNotNeeded } from './evidence.ts';
import { rule as decide, STEP_POINTS } from './rules/decide-solution.ts';
import { rule as sixSteps, STEPS } from './rules/six-steps.ts';
import type { ScoringInput } from './scorecard.types.ts';
import { inputFor } from './test-support/score-plays.ts';

const lift = shipped('lift-outage-email');
// Three replies: sorry, a question, a plan. Each turn's signals and objections are then set as the case needs.
const base = inputFor([['apologize', 'empathize'], ['ask_open'], ['propose_solution', 'commit_followup']], { scenario: lift });
function drill(signals: Signal[][], objections: string[][] = [], outcome: ScoringInput['outcome'] = 'resolved'): ScoringInput {
  const turns = base.turns.map((t, i): TurnRecord => ({ ...t, signals: signals[i] ?? [], objectionsRaised: objections[i] ?? [] }));
  return { ...base, turns, outcome };
}
const preference = (input: ScoringInput) => ({
  process: sixSteps.evaluate(input).find((e) => e.message.params.step === 'preference')?.points,
  decide: decide.evaluate(input).find((e) => /ask_preference|preferenceNotNeeded/.test(e.message.key))?.points,
});
const full = { process: STEPS.find((s) => s.id === 'preference')!.weight, decide: STEP_POINTS.ask_preference };
const none = { process: 0, decide: 0 };
const offerObjection = lift.objections.find((o) => o.raisedWhen === 'offer')!.id;
const laterObjection = lift.objections.find((o) => o.raisedWhen === 'accepted')!.id;

describe('asking her view (step 5) when she was not still unhappy', () => {
  it('is not owed when she accepted the first solution she weighed — the step counts as done', () => {
    expect(preference(drill([[], [], ['solution-accepted']]))).toEqual(full);
    // …or one that improved on a partial offer, and a further matter raised once she had accepted.
    expect(preference(drill([['solution-partial'], [], ['solution-accepted']]))).toEqual(full);
    expect(preference(drill([[], [], ['solution-accepted', 'objection-raised']], [[], [], [laterObjection]]))).toEqual(full);
  });

  it('is owed when she turned a solution down or objected to what was offered, or never accepted one', () => {
    expect(preference(drill([['solution-refused'], [], ['solution-accepted']]))).toEqual(none);
    expect(preference(drill([['solution-rejected'], [], ['solution-accepted']]))).toEqual(none);
    expect(preference(drill([[], ['objection-raised'], ['solution-accepted']], [[], [offerObjection], []]))).toEqual(none);
    expect(preference(drill([[], [], []]))).toEqual(none);
    expect(preference(drill([[], [], ['solution-accepted']], [], 'incomplete'))).toEqual(none);
  });

  it('is the same judgement in both rules', () => {
    const input = drill([[], [], ['solution-accepted']]);
    expect(preferenceNotNeeded(input.turns, input.outcome, input.scenario)).toBe(true);
  });
});
