// ask_preference — step 5, 問問他的意見: "what would you like us to do?" (000_08713545b2ee6cbf.txt).
import { lexiconRule } from './lexicon-rule.ts';

export const rule = lexiconRule('ask_preference');
