// overpromise — 不輕易承諾, don't promise lightly (002_ec423cfec83186e4.txt §九). Retelling someone else's
// promise (上次經理保證唔會再發生?, "they promised it wouldn't happen again") is not making one (rules/quoted.ts).
import { lexiconRule } from './lexicon-rule.ts';
import { quotedOffer } from './quoted.ts';

export const rule = lexiconRule('overpromise', { unless: quotedOffer });
