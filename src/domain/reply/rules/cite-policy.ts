// cite_policy — 公司的規定就是這樣的 (002_ec423cfec83186e4.txt); explaining internal rules is disliked wording (002 §五).
// "The rule asks for a receipt, but let me see what else can prove it" serves the customer: a rule named
// and followed in its sentence by "but" and what the trainee will do is not hiding behind it.
import { lexiconRule, reported } from './lexicon-rule.ts';
import { offersInstead } from './offers-instead.ts';

export const rule = lexiconRule('cite_policy', { unless: (ctx, span) => reported(ctx, span) || offersInstead(ctx, span) });
