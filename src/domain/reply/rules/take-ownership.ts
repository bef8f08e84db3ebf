// take_ownership — someone owns the complaint; the water-pump case failed because nobody did (003_460ba467ba69c8b9.txt).
import { lexiconRule } from './lexicon-rule.ts';

export const rule = lexiconRule('take_ownership');
