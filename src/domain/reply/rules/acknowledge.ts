// acknowledge — listen with responses, so the customer knows you hear them (聽, 000_08713545b2ee6cbf.txt; 002 §十一).
import { lexiconRule } from './lexicon-rule.ts';

export const rule = lexiconRule('acknowledge');
