// refuse — refusing outright (000_08713545b2ee6cbf.txt); say NO only when it is good for the customer (002 §五).
// A "no" followed in the same sentence by "but" and what the trainee will do instead (an escalation, a
// remedy, ownership, "but I can…") is the decks' recommended way of declining, not an outright refusal.
// A no with its reason for her sake in the same sentence ("I can't let it stay there: that stairway is how you and
// your baby would get out in a fire") is the explained no (explain.ts), not a closed door.
import type { LexSpan, ReplyContext } from '../context/reply-context.ts';
import { lexiconRule } from './lexicon-rule.ts';
import { forHerSafety } from './for-her-safety.ts';
import { offersInstead } from './offers-instead.ts';

const explainedInSentence = (ctx: ReplyContext, span: LexSpan): boolean =>
  ctx.find('explain').some((e) => !ctx.isReported(e) && ctx.sentenceOf(e) === ctx.sentenceOf(span));

export const rule = lexiconRule('refuse', {
  unless: (ctx, span) => ctx.isReported(span) || offersInstead(ctx, span) || forHerSafety(ctx, span) || explainedInSentence(ctx, span),
});
