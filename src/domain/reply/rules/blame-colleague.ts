// blame_colleague — 責備和批評自己的同事 (000_08713545b2ee6cbf.txt, wrong behaviours).
import { lexiconRule, reported } from './lexicon-rule.ts';

export const rule = lexiconRule('blame_colleague', { unless: reported });
