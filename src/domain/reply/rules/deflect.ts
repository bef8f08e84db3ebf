// deflect — 你要去**部,這不是我們的事 (002_ec423cfec83186e4.txt). Retelling the customer's runaround (他們說是工程部的事…對嗎?) is a paraphrase, not a deflection.
// "Not our department, but I'll follow it up with them for you" is the decks' better answer (004).
import { lexiconRule, reported } from './lexicon-rule.ts';
import { offersInstead } from './offers-instead.ts';

export const rule = lexiconRule('deflect', { unless: (ctx, span) => reported(ctx, span) || offersInstead(ctx, span) });
