// Substance over keywords (docs/training-model.md#customer-model): apology and empathy words calm the
// customer only down to the middle band until the trainee shows they understood the specific problem —
// a paraphrase that names one of the facts, a question the customer answered, asking what they want, or
// a concrete remedy (offer.ts).
import { QUESTION_MOVES } from './move-groups.ts';
import { change, has, hostilityNow, signal, type TurnDraft } from './turn-draft.ts';

export function understanding(draft: TurnDraft): void {
  const { reading, sim } = draft;
  if (draft.after.understood || draft.parroted) return;
  const known = [...sim.factsKnown, ...draft.factsRevealed];
  const namesFact = has(draft, 'paraphrase') && reading.details.facts.some((id) => known.includes(id));
  // A story volunteered after "go on" shows listening; a question the customer answered shows understanding.
  const answered = draft.signals.includes('question-answered') && QUESTION_MOVES.some((m) => has(draft, m));
  if (namesFact || answered || draft.signals.includes('wants-said')) {
    draft.after = { ...draft.after, understood: true };
    signal(draft, 'understood');
    draft.progress = true;
  }
}

/** Until understood, hostility does not fall below the middle band (thresholds.mid) on warm words alone. */
export function substanceFloor(draft: TurnDraft): void {
  if (draft.after.understood) return;
  const floor = draft.scenario.thresholds.mid;
  const now = hostilityNow(draft);
  if (now < floor && draft.sim.hostility >= floor) change(draft, 'not-understood-yet', floor - now);
  else if (now < draft.sim.hostility && draft.sim.hostility < floor) change(draft, 'not-understood-yet', draft.sim.hostility - now);
}
