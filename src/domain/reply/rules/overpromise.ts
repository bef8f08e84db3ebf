// overpromise — 不輕易承諾, don't promise lightly (002_ec423cfec83186e4.txt §九).
import { lexiconRule } from './lexicon-rule.ts';

export const rule = lexiconRule('overpromise');
