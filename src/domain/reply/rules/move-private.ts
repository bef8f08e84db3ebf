// move_private — take an agitated customer away from the crowd (帶離現場, 003_460ba467ba69c8b9.txt §1).
import { lexiconRule } from './lexicon-rule.ts';

export const rule = lexiconRule('move_private');
