// "Not our department / the rule says X — but I'll find another way for you" is the decks' better answer
// (004: "I'm not sure, but I can help you find a way"; 002: say NO only when it is good for the customer).
// Shared by the harmful moves whose wording is softened by what the trainee then offers.
import type { LexSpan, ReplyContext } from '../context/reply-context.ts';

const TAKES_IT_ON = ['escalate', 'propose_solution', 'take_ownership', 'commit_followup'] as const;

/** True if, later in the span's sentence, a "but" is followed by what the trainee will do instead. */
export function offersInstead(ctx: ReplyContext, span: LexSpan): boolean {
  const sentence = ctx.sentenceOf(span);
  const but = ctx.cue('but').find((b) => b.start >= span.end && b.start < sentence.end);
  if (but === undefined) return false;
  if (ctx.laterInSentence(span, TAKES_IT_ON, but.end).length > 0) return true;
  return ctx.cue('commitment').some((c) => c.start >= but.end && c.start < sentence.end);
}
