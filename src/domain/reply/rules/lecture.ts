// lecture — educating, criticising, mocking (000_08713545b2ee6cbf.txt); 連小孩子都會 (002).
import { lexiconRule, reported } from './lexicon-rule.ts';

export const rule = lexiconRule('lecture', { unless: reported });
