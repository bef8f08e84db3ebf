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

// scen15y (t24-04): the trainee siding with him that it must never happen again — 以後唔可以再咁, 以后不能再这样, 唔可以再發生 —
// refuses him nothing; a no about what he may do again (以後唔可以再退貨, 你以后不可以再这样) still is.
const NEVER_AGAIN_EVENT = /^再(发生|出现)/;
const NEVER_AGAIN_SO = /^再(这样|咁|这么样|如此|推来推去|推)/;
const FROM_NOW = /(以后|今后|日后|将来)(都|也|绝对|一定)?$/;
const neverAgain = (ctx: ReplyContext, span: LexSpan): boolean => {
  const after = ctx.text.slice(span.end, span.end + 8);
  if (NEVER_AGAIN_EVENT.test(after)) return true;
  const before = ctx.text.slice(Math.max(0, span.start - 6), span.start);
  return NEVER_AGAIN_SO.test(after) && FROM_NOW.test(before) && !/(你|您)[^,.!?;:]{0,2}(以后|今后|日后|将来)/.test(before);
};

export const rule = lexiconRule('refuse', {
  unless: (ctx, span) =>
    ctx.isReported(span) || offersInstead(ctx, span) || forHerSafety(ctx, span) || explainedInSentence(ctx, span) || judgesUnacceptable(ctx, span) || neverAgain(ctx, span),
});
