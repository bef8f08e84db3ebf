// take_ownership — someone owns the complaint; the water-pump case failed because nobody did (003_460ba467ba69c8b9.txt).
import { lexiconRule } from './lexicon-rule.ts';

// Inside a restatement of the customer's story ("…and the manager said he'd handle it personally, right?") it is quoted.
export const rule = lexiconRule('take_ownership', { unless: (ctx, span) => ctx.isRestatement(span) });
