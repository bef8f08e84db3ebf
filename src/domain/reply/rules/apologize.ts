// apologize — step 2, 充分道歉並表示關心 (000_08713545b2ee6cbf.txt); 二謙 (002_ec423cfec83186e4.txt).
// Retelling someone else's "sorry" is not the trainee's apology.
import { lexiconRule } from './lexicon-rule.ts';
import { quotedRetelling } from './quoted.ts';

export const rule = lexiconRule('apologize', { unless: (ctx, s) => ctx.isReported(s, 'clause') || quotedRetelling(ctx, s) });
