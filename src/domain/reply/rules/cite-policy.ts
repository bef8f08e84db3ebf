// cite_policy — 公司的規定就是這樣的 (002_ec423cfec83186e4.txt); explaining internal rules is disliked wording (002 §五).
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

export const rule = lexiconRule('cite_policy', { unless: (ctx, span) => reported(ctx, span) || (offersInstead(ctx, span) && !rulesOut(ctx, span)) || forHerSafety(ctx, span) });
