// paraphrase — summarise and repeat back to confirm (004_c5ee271a011a6f74.txt; confirm understanding,
// 002_ec423cfec83186e4.txt §十一). Not inside a rhetorical question.
import { questions } from '../context/questions.ts';
import { lexiconRule } from './lexicon-rule.ts';

export const rule = lexiconRule('paraphrase', {
  unless: (ctx, s) => questions(ctx).some((q) => q.rhetorical && q.sentence.start <= s.start && s.start < q.sentence.end),
});
