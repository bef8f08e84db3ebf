// Harmful moves and forbidden phrases raise hostility sharply, every time (docs/training-model.md#wrong-behaviours,
// common wrong behaviours; docs/training-model.md#ten-forbidden, 十句禁語), and each harmful reply is a strike on
// the escalation ladder (potential → ordinary → serious → crisis, docs/training-model.md#escalation-ladder): one slip warns, repeated
// mishandling ends the conversation (simulate-turn.ts).
import type { Reading } from '../reading/reading.types.ts';
import { isHarmful } from '../reply/moves.ts';
import { ANGER, FORBIDDEN_ANGER } from './hostility-rules.ts';
import { change, signal, type TurnDraft } from './turn-draft.ts';

/** A reply that harms her: a harmful move or a forbidden phrase (what harm() charges for). */
export const harmsHer = (reading: Pick<Reading, 'acts' | 'forbidden'>): boolean => reading.acts.some(isHarmful) || reading.forbidden.length > 0;

export function harm(draft: TurnDraft): void {
  const { reading, weights } = draft;
  for (const move of reading.acts) if (isHarmful(move)) change(draft, `move/${move}`, (ANGER[move] ?? 0) * (weights.anger[move] ?? 1));
  for (const hit of reading.forbidden) change(draft, `forbidden/${hit.id}`, FORBIDDEN_ANGER);
  if (reading.forbidden.length > 0 || reading.acts.some(isHarmful)) {
    signal(draft, 'provoked');
    draft.after = { ...draft.after, strikes: draft.sim.strikes + 1 };
  }
}
