// ask_preference — step 5, 問問他的意見: "what would you like us to do?" (000_08713545b2ee6cbf.txt).
// An either-or between remedies left to the customer (退款定換貨你揀啦, "would you prefer a refund or a
// replacement?") asks their preference too (context/either-or.ts).
import { eitherOrChoices } from '../context/either-or.ts';
import { lexiconRule } from './lexicon-rule.ts';
import type { Rule } from './rule.types.ts';

const fromLexicon = lexiconRule('ask_preference');

export const rule: Rule = {
  ...fromLexicon,
  detect: (ctx) => [...fromLexicon.detect(ctx), ...eitherOrChoices(ctx).filter((c) => c.leftToCustomer).map((c) => ({ start: c.start, end: c.end, rule: 'ask_preference/either-or' }))],
};
