// 定 decide (docs/training-model.md#decide, docs/training-model.md#six-steps 4–6): a solution both sides accept, acted on at once or with
// someone who has the authority; ask their view; follow up. Don't promise lightly (不輕易承諾,
// docs/training-model.md#decide), don't take on liability before the facts are clear (docs/training-model.md#wrong-behaviours).
import type { MoveId } from '../../reply/moves.ts';
import { cameToSubstance, evidence, firstTurnWith, preferenceNotNeeded, spanOf, weighedOffer } from '../evidence.ts';
import { isExampleSuggestion, suggestWithExample } from '../scenario-example.ts';
import type { EvidenceItem, ScoringRule } from '../scorecard.types.ts';

export const ACCEPTED_POINTS = 40;
export const PROPOSED_POINTS = 15;
export const STEP_POINTS: Partial<Record<MoveId, number>> = { take_ownership: 20, commit_followup: 25, ask_preference: 15 };
export const RASH_POINTS = -15;
/** Taking ownership that never came to a solution or a timed follow-up: said, not shown. */
export const HOLLOW_OWNERSHIP_POINTS = 5;
const RASH: MoveId[] = ['overpromise', 'premature_liability', 'refuse'];

export const rule: ScoringRule = {
  id: 'decide-solution',
  dimension: 'decide',
  evaluate: ({ turns, outcome, scenario, locale }) => {
    const suggest = (key: Parameters<typeof suggestWithExample>[2]) => suggestWithExample(scenario, locale, key);
    const items: EvidenceItem[] = [];
    const accepted = turns.find((t) => t.signals.includes('solution-accepted'));
    // A solution counts once the customer could weigh it: a named remedy, not "I'll look into it".
    const proposed = turns.find(weighedOffer) ?? null;
    if (accepted) items.push(evidence('decide-solution', 'decide', ACCEPTED_POINTS, { key: 'solutionAccepted' }, { turn: accepted, span: spanOf(accepted, 'propose_solution') }));
    else if (proposed) items.push(evidence('decide-solution', 'decide', PROPOSED_POINTS, { key: 'solutionNotAccepted' }, { turn: proposed, span: spanOf(proposed, 'propose_solution'), suggestion: { key: 'feelingsFirst' } }));
    else items.push(evidence('decide-solution', 'decide', 0, { key: 'noSolution' }, { suggestion: suggest('proposeSolution') }));
    const substance = cameToSubstance(turns);
    for (const [move, points] of Object.entries(STEP_POINTS) as [MoveId, number][]) {
      const turn = firstTurnWith(turns, [move]);
      // Asked what they want, told, then offered nothing: the question was a formula, not step 5.
      if (turn && move === 'ask_preference' && !proposed && !accepted && turns.some((t) => t.signals.includes('wants-said'))) {
        items.push(evidence('decide-solution', 'decide', HOLLOW_OWNERSHIP_POINTS, { key: 'wantsIgnored' }, { turn, span: spanOf(turn, move), suggestion: suggest('proposeSolution') }));
        continue;
      }
      // She accepted what was offered without turning a solution down: step 5 was not owed (evidence.ts).
      if (!turn && move === 'ask_preference' && preferenceNotNeeded(turns, outcome, scenario)) {
        items.push(evidence('decide-solution', 'decide', points, { key: 'preferenceNotNeeded' }));
        continue;
      }
      if (turn && move === 'take_ownership' && !substance) {
        items.push(evidence('decide-solution', 'decide', HOLLOW_OWNERSHIP_POINTS, { key: 'hollowOwnership' }, { turn, span: spanOf(turn, move), suggestion: suggest('proposeSolution') }));
        continue;
      }
      items.push(evidence('decide-solution', 'decide', turn ? points : 0, { key: turn ? `did.${move}` : `missing.${move}` }, { turn, span: turn ? spanOf(turn, move) : null, suggestion: turn ? null : isExampleSuggestion(move) ? suggest(move) : { key: move } }));
    }
    for (const turn of turns) {
      for (const move of turn.analysis.acts.filter((m) => RASH.includes(m))) {
        items.push(evidence('decide-solution', 'decide', RASH_POINTS, { key: `rash.${move}` }, { turn, span: spanOf(turn, move), suggestion: { key: `harmful.${move}` } }));
      }
    }
    return items;
  },
};
