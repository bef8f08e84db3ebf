// The timed follow-up a fair customer hears in a step the trainee takes on himself (scen15ee); simulate-turn.ts uses it
// for the reactions only.
import type { Reading } from '../reading/reading.types.ts';
import { harmsHer } from './harm.ts';
import type { TurnDraft } from './turn-draft.ts';

/**
 * scen15ee (blind t32-18, t32-37): once the plan is accepted — before this reply or by it — a reply in which the trainee
 * takes the next step on himself and says when ("陳醫師一到我親自來帶您進去" after "today"; "I'll give you the storage room
 * key today… I'll take the notice down myself") has committed the timed follow-up, whether or not the reader named the
 * move commit_followup. A fair customer does not then ask "so will you come and call me? when?" (a line that answers
 * words not said) nor wait for a further reply to close. Only the reactions hear it: the reading, the move counts and
 * the scorecard keep what the reader saw.
 */
export function withTimedStep(reading: Reading, draft: Pick<TurnDraft, 'after' | 'parroted'>): Reading {
  if (reading.acts.includes('commit_followup') || draft.parroted) return reading;
  if (!draft.after.solutionAccepted && draft.after.offer?.status !== 'accepted') return reading;
  // A step still put to her as a choice ("or tomorrow at nine, first in line — which would you prefer?") is not committed yet.
  // The step is named (propose_solution) and taken on (take_ownership): "I'm handling it personally" alone names no step.
  if (!reading.acts.includes('take_ownership') || !reading.acts.includes('propose_solution')) return reading;
  if (reading.acts.includes('ask_preference') || harmsHer(reading)) return reading;
  // A time ahead, not "right now": placing the order now is the step itself, not the follow-up she waits for (t8-17).
  if (!reading.details.times.some((t) => t.when !== 'now') || !reading.details.owners.some((o) => o.who === 'self')) return reading;
  return { ...reading, acts: [...reading.acts, 'commit_followup'] };
}
