// overpromise — 不輕易承諾, don't promise lightly (docs/training-model.md#decide). Retelling someone else's
// promise (上次經理保證唔會再發生?, "they promised it wouldn't happen again") is not making one (rules/quoted.ts),
// and a give-in declined ("I can't leave it there", 冇辦法通融) is a no, not a promise (context/declined.ts).
import { declinedAt } from '../context/declined.ts';
import { lexiconRule } from './lexicon-rule.ts';
import { quotedOffer } from './quoted.ts';

export const rule = lexiconRule('overpromise', { unless: (ctx, span) => quotedOffer(ctx, span) || declinedAt(ctx.text, span.start) });
