// "Not our department / the rule says X / we can't refund — but I'll do Y for you" is the decks' better
// answer (docs/training-model.md#better-answers: "I'm not sure, but I can help you find a way"; docs/training-model.md#liked-and-disliked-words: say NO only when it is good for the
// customer). Shared by the harmful moves whose wording is softened by what the trainee then offers.
import type { LexSpan, ReplyContext } from '../context/reply-context.ts';

const TAKES_IT_ON = ['escalate', 'propose_solution', 'take_ownership', 'commit_followup'] as const;

// Right after the "but": the trainee as subject with what they can or will do (但我可以…, "but I can…").
const TRAINEE_CAN = /^[\s,]*(是|系)?(我们|我|让我|咱们|i|we|let me)\s*(也|都|就|先|马上|现在)?\s*(可以|会|能|可|来|帮|替|给|can|will|could|would|am going to|are going to)/;

// The trainee's own will, not a second no (I will not…, 我不会…).
const NOT_AGAIN = /^[\s,]*(是|系)?(我们|我|让我|咱们|i|we|let me)\s*(也|都|就|先|马上|现在)?\s*(可以|会|能|可|can|will|could|would)?\s*(不|没|not|never)/;

/**
 * True if, later in the span's sentence, a "but" is followed by what the trainee will do instead; or if the
 * very next sentence, a statement, says it ("that's a change I can't approve here; it has to go to the
 * owners' corporation meeting. I'll put your suggestion on the agenda for the next one" — blind t11-26).
 */
export function offersInstead(ctx: ReplyContext, span: LexSpan): boolean {
  const sentence = ctx.sentenceOf(span);
  const next = ctx.sentences[ctx.sentences.indexOf(sentence) + 1];
  if (next !== undefined && !next.endsWithQuestionMark && insteadIn(ctx, next.start, next.end)) return true;
  const but = ctx.cue('but').find((b) => b.start >= span.end && b.start < sentence.end);
  if (but === undefined) return false;
  if (ctx.laterInSentence(span, TAKES_IT_ON, but.end).length > 0) return true;
  if (TRAINEE_CAN.test(ctx.text.slice(but.end, sentence.end))) return true;
  return ctx.cue('commitment').some((c) => c.start >= but.end && c.start < sentence.end);
}

/**
 * The next sentence takes it on: a move that does (escalate, propose, own, follow up) or a commitment. An opening
 * "I can…" alone is not enough there — "We can't refund it. I can only say sorry." still refuses.
 */
function insteadIn(ctx: ReplyContext, start: number, end: number): boolean {
  if (TAKES_IT_ON.some((move) => ctx.find(move).some((s) => s.start >= start && s.start < end && !ctx.isReported(s)))) return true;
  return ctx.cue('commitment').some((c) => c.start >= start && c.start < end) && !NOT_AGAIN.test(ctx.text.slice(start, end));
}
