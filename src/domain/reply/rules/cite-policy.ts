// cite_policy — 公司的規定就是這樣的 (docs/training-model.md#ten-forbidden); explaining internal rules is disliked wording (docs/training-model.md#liked-and-disliked-words).
// "The rule asks for a receipt, but let me see what else can prove it" serves the customer: a rule named
// and followed in its sentence by "but" and what the trainee will do is not hiding behind it. A rule whose
// own clause says no (我们的 policy 是拆封不退, "policy says no refunds on opened items") still closes the
// door: a consolation offered after it ("but I can give you a coupon") does not undo the citing.
import type { LexSpan, ReplyContext } from '../context/reply-context.ts';
import { lexiconRule, reported } from './lexicon-rule.ts';
import { forHerSafety } from './for-her-safety.ts';
import { offersInstead } from './offers-instead.ts';

// What the rule itself rules out, in the clause that names it (folded text: Simplified, lower case).
const RULES_OUT =
  /(不|没|没有|无|无法|恕不|不得|不设|不予)(可以|能|能够|得)?(退|换|更换|退款|退货|退换|赔|补|受理|接受|提供|支持|处理|保养|保修|免费)|(?<![a-z])(no|not|non|can not|cannot|never|will not)[ -](refunds?|returns?|exchanges?|refundable|returnable|exchangeable|accepted|allowed|possible|covered)(?![a-z])|\bare final\b/;

const rulesOut = (ctx: ReplyContext, span: LexSpan): boolean => {
  const clause = ctx.clauseOf(span);
  return RULES_OUT.test(ctx.text.slice(span.start, Math.max(span.end, clause.end)));
};

// A rule that obliges the company to something for the customer (按規定是要給您補償的, 公司規定我可以直接幫你換新,
// 我哋規定一定要喺24小時內覆你, "policy says you're entitled to a full refund", "our rules are on your side: we refund…") is on the customer's side: naming it
// hides behind nothing. Unless the same sentence says no, or makes the benefit wait on the customer (才可以退,
// 需要您先提供收據, "you'll need to bring it in").
const GRANTS =
  /(要|需要|必须|一定要|会|可以|可|得)[^,.!?;]{0,10}?(给你|帮你|为你|替你|同你)?(补偿|赔偿|退款|退还|退回|换新|换过|覆你|回复你|回覆你|回电|答复你|免费)|\b(entitled to|eligible for|on your side|in your favou?r)\b|\b(we|i) (have to|must|are required to|are obliged to|are supposed to|can) (refund|replace|compensate|call you|respond|reply|get back to you|give you|offer you|send you)\b/;
const ON_THE_CUSTOMER = /才(可以|能|会|可)|(需要|要|必须|得|请)(你|您)(先)?|you( will| would)? (need|have) to|you must|only (with|if)/;
const grantsCustomer = (ctx: ReplyContext, span: LexSpan): boolean => {
  const rest = ctx.text.slice(span.start, ctx.sentenceOf(span).end);
  return GRANTS.test(rest) && !RULES_OUT.test(rest) && !ON_THE_CUSTOMER.test(rest);
};

export const rule = lexiconRule('cite_policy', {
  unless: (ctx, span) => reported(ctx, span) || (offersInstead(ctx, span) && !rulesOut(ctx, span)) || forHerSafety(ctx, span) || grantsCustomer(ctx, span),
});
