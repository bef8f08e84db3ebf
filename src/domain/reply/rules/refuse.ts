// refuse — refusing outright (docs/training-model.md#wrong-behaviours); say NO only when it is good for the customer (docs/training-model.md#liked-and-disliked-words).
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

// scen15t (blind t20-22 at hard): what happened judged unacceptable — 一个月坏三次是不能接受的, 壞三次係唔可以接受嘅 — sides
// with her; 是…不能接受的 judges the failure, it refuses her nothing.
const JUDGED_UNACCEPTABLE = /^(不能|不可以|唔可以|唔能够|不可|无法)接受(的|嘅|啊|㗎)/;
const judgesUnacceptable = (ctx: ReplyContext, span: LexSpan): boolean =>
  /(是|系)$/.test(ctx.text.slice(Math.max(0, span.start - 1), span.start)) && JUDGED_UNACCEPTABLE.test(ctx.text.slice(span.start, span.start + 8));

export const rule = lexiconRule('refuse', {
  unless: (ctx, span) =>
    ctx.isReported(span) || offersInstead(ctx, span) || forHerSafety(ctx, span) || explainedInSentence(ctx, span) || judgesUnacceptable(ctx, span),
});
