// premature_liability — taking on liability before the facts are clear (000_08713545b2ee6cbf.txt, wrong behaviours).
import { lexiconRule } from './lexicon-rule.ts';

export const rule = lexiconRule('premature_liability');
