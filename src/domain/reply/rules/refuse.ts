// refuse — refusing outright (000_08713545b2ee6cbf.txt); say NO only when it is good for the customer (002 §五).
// A "no" followed in the same sentence by "but" and what the trainee will do instead (an escalation, a
// remedy, ownership, "but I can…") is the decks' recommended way of declining, not an outright refusal.
import { lexiconRule } from './lexicon-rule.ts';
import { forHerSafety } from './for-her-safety.ts';
import { offersInstead } from './offers-instead.ts';

export const rule = lexiconRule('refuse', { unless: (ctx, span) => ctx.isReported(span) || offersInstead(ctx, span) || forHerSafety(ctx, span) });
