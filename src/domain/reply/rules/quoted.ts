// Quoting is not doing (DOMAIN.md §8) — for promises and offers. A promise or offer after a reported-speech
// cue (經理保證過…, "they promised…") retells someone else's. But 你說多少就賠多少 / "you said it, we'll pay
// it" is the trainee's own offer: a 你說/你話/"you said" cue counts as quoting only in a restatement closed
// as a question, and a paraphrase opener alone does not make an offer quoted.
import type { LexSpan, ReplyContext } from '../context/reply-context.ts';

const YOU_SAY = new Set(['reported/zh/02', 'reported/zh/10', 'reported/en/06']);

export function quotedOffer(ctx: ReplyContext, span: LexSpan): boolean {
  const sentence = ctx.sentenceOf(span);
  return ctx.cue('reported').some((c) => c.start >= sentence.start && c.start < span.start && (!YOU_SAY.has(c.entry) || sentence.endsWithQuestionMark));
}
