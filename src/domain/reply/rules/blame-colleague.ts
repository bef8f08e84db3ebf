// blame_colleague — 責備和批評自己的同事 (000_08713545b2ee6cbf.txt, wrong behaviours).
import { lexiconRule } from './lexicon-rule.ts';

// Only the clause that retells is vetoed: "she should never have told you that, she's clueless" still blames.
export const rule = lexiconRule('blame_colleague', { unless: (ctx, span) => ctx.isReported(span, 'clause') });
