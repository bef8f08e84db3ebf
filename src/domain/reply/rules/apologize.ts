// apologize — step 2, 充分道歉並表示關心 (docs/training-model.md#step-apologise); 二謙 (docs/training-model.md#eight-words).
// Retelling someone else's "sorry" is not the trainee's apology.
import { lexiconRule } from './lexicon-rule.ts';
import { quotedRetelling } from './quoted.ts';

export const rule = lexiconRule('apologize', { unless: (ctx, s) => ctx.isReported(s, 'clause') || quotedRetelling(ctx, s) });
