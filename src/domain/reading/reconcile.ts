// Reconciles contradictory moves in one analysis before the customer reacts to it (and before scoring):
// - A reply that offers a concrete remedy or a timed follow-up has given a real answer, so it cannot also
//   be `vague` ("noncommittal, evasive, no real answer", docs/training-model.md#harmful-moves); a stray vague match inside it
//   (e.g. "I'll see this through") must not make the customer reject the remedy — unless it doubts that remedy's own
//   outcome (明天十點前回電話，不過我也不太清楚能不能解決, "I'll ring you at five, not sure if we can fix it"): lex37, blind41.
// - The offer to help that closes a greeting ("有什麼可以幫您?", "How can I help you?") is part of the
//   greeting (docs/training-model.md#inbound-call, the first three seconds), not a fact question fired at the customer.
import type { MoveId } from '../reply/moves.ts';
import type { Evidence, ReplyAnalysis } from '../reply/reply.types.ts';
import { OUTCOME_DOUBT_RULE } from '../reply/rules/vague.ts';
import { dropEvidence } from './evidence-edit.ts';

const CONCRETE: readonly MoveId[] = ['propose_solution', 'commit_followup'];
const QUESTIONS: readonly MoveId[] = ['ask_open', 'ask_closed'];
const doubtsTheOutcome = (e: Evidence) => e.rule === OUTCOME_DOUBT_RULE;

const overlaps = (a: Evidence, b: Evidence) => a.start < b.end && b.start < a.end;

export function reconcile(analysis: ReplyAnalysis): ReplyAnalysis {
  let result = analysis;
  if (result.acts.some((m) => CONCRETE.includes(m)) && result.acts.includes('vague')) {
    result = dropEvidence(result, (e) => e.move !== 'vague' || doubtsTheOutcome(e), ['vague']);
  }
  const greetings = result.evidence.filter((e) => e.move === 'greet');
  if (greetings.length > 0 && result.acts.some((m) => QUESTIONS.includes(m))) {
    const asked = QUESTIONS.filter((m) => result.acts.includes(m) && result.evidence.some((e) => e.move === m));
    result = dropEvidence(result, (e) => !(QUESTIONS.includes(e.move) && greetings.some((g) => overlaps(g, e))), asked);
  }
  return result;
}
