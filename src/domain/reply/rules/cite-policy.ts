// cite_policy — 公司的規定就是這樣的 (002_ec423cfec83186e4.txt); explaining internal rules is disliked wording (002 §五).
import { lexiconRule, reported } from './lexicon-rule.ts';

export const rule = lexiconRule('cite_policy', { unless: reported });
