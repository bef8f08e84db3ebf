// refuse — refusing outright (000_08713545b2ee6cbf.txt); say NO only when it is good for the customer (002 §五).
import { lexiconRule, reported } from './lexicon-rule.ts';

export const rule = lexiconRule('refuse', { unless: reported });
