// move_private — take an agitated customer away from the crowd (帶離現場, 003_460ba467ba69c8b9.txt §1).
// Retelling that a guard pulled the customer aside (您說保安把您拉到一邊) is not an invitation.
import { lexiconRule } from './lexicon-rule.ts';

export const rule = lexiconRule('move_private', { unless: (ctx, s) => ctx.isReported(s, 'clause') });
