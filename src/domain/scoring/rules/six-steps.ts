// process: the six steps (docs/training-model.md#six-steps), in order — let them vent and apologise, gather
// information, offer a solution, ask their view, follow up — with the confirming and ownership steps of
// the phone procedure (docs/training-model.md#phone-complaint-call, docs/training-model.md#inbound-call). Each step present earns
// its weight; each step taken before an earlier step costs ORDER_POINTS.
import type { MoveId } from '../../reply/moves.ts';
import { welcomesThanks } from '../../customer/move-groups.ts';
import { cameToSubstance, evidence, firstTurnWith, preferenceNotNeeded, weighedOffer } from '../evidence.ts';
import { suggestWithExample } from '../scenario-example.ts';
import type { EvidenceItem, ScoringRule } from '../scorecard.types.ts';
import { listeningMoves } from './listening.ts';

/** The steps in their canonical order, with the moves that count and the weight (sums to 100). */
export const STEPS: readonly { id: string; moves: MoveId[]; weight: number }[] = [
  { id: 'apology', moves: ['greet', 'apologize'], weight: 15 },
  { id: 'empathy', moves: ['empathize', 'acknowledge'], weight: 15 },
  { id: 'questions', moves: ['ask_open', 'ask_closed'], weight: 15 },
  { id: 'paraphrase', moves: ['paraphrase'], weight: 10 },
  // Only a remedy she could weigh takes this step (weighedOffer, below). An explanation for her sake (六解釋,
  // explain) is heard by the customer (patience, hostility) but earns no step of its own: it goes with a remedy.
  { id: 'solution', moves: ['propose_solution'], weight: 15 },
  { id: 'ownership', moves: ['take_ownership', 'escalate'], weight: 10 },
  { id: 'preference', moves: ['ask_preference'], weight: 10 },
  { id: 'followup', moves: ['commit_followup'], weight: 10 },
];
export const ORDER_POINTS = -8;

export const rule: ScoringRule = {
  id: 'six-steps',
  dimension: 'process',
  evaluate: ({ turns, scenario, outcome, locale }) => {
    const items: EvidenceItem[] = [];
    // A calm suggestion-giver met with thanks (一謝, docs/training-model.md#eight-words) is shown she was heard, as by "go on, I'm listening".
    const thanked = welcomesThanks(scenario) && turns[0]?.analysis.acts.includes('thank') ? turns[0] : null;
    // Her details read back in a closed question to confirm are the paraphrase step, as listening hears them.
    const readBack = turns.find((t) => listeningMoves(t).includes('paraphrase')) ?? null;
    // Thanking her first is also the opening step (一謝 before 二謙): nothing is owed an apology, and a greeting
    // is what thanks replaces when she walks up to the counter with an idea.
    const opening = (moves: readonly MoveId[]) => {
      const opened = firstTurnWith(turns, moves);
      return opened && thanked ? (opened.turn <= thanked.turn ? opened : thanked) : (opened ?? thanked);
    };
    const firstOf = (step: (typeof STEPS)[number]) =>
      step.id === 'apology' ? opening(step.moves) : step.id === 'empathy' && thanked ? thanked : step.id === 'paraphrase' ? readBack : firstTurnWith(turns, step.moves);
    // The solution step is a remedy the customer could weigh, not the words "I'll sort it out".
    const first = STEPS.map((step) => ({ step, turn: step.id === 'solution' ? (turns.find(weighedOffer) ?? null) : firstOf(step) }));
    // Ownership that never came to anything concrete, and asking what they want only to offer nothing,
    // were said, not done: half the step's weight (the words are not denied — the turn shows them).
    const offered = turns.some(weighedOffer);
    const hollow = (id: string) =>
      (id === 'ownership' && !cameToSubstance(turns) && firstTurnWith(turns, ['escalate']) === null) ||
      (id === 'preference' && !offered && turns.some((t) => t.signals.includes('wants-said')));
    first.forEach(({ step, turn }, i) => {
      if (!turn && step.id === 'preference' && preferenceNotNeeded(turns, outcome, scenario)) {
        items.push(evidence('six-steps', 'process', step.weight, { key: 'stepNotNeeded', params: { step: step.id } }));
        return;
      }
      if (turn && hollow(step.id)) {
        items.push(evidence('six-steps', 'process', step.weight / 2, { key: 'stepHollow', params: { step: step.id } }, { turn, suggestion: suggestWithExample(scenario, locale, 'proposeSolution') }));
      } else {
        items.push(evidence('six-steps', 'process', turn ? step.weight : 0, { key: turn ? 'stepTaken' : 'stepMissing', params: { step: step.id } }, { turn, suggestion: turn ? null : { key: `step.${step.id}` } }));
      }
      if (!turn) return;
      const later = first.slice(0, i).find((e) => e.turn !== null && e.turn.turn > turn.turn);
      if (later) {
        items.push(evidence('six-steps', 'process', ORDER_POINTS, { key: 'stepOutOfOrder', params: { step: step.id, before: later.step.id } }, { turn, suggestion: { key: `step.${later.step.id}` } }));
      }
    });
    return items;
  },
};
