// empathize — name or validate the feeling: 換作是我也會生氣 (004_c5ee271a011a6f74.txt exercise),
// 察 — notice and name the emotion (000_08713545b2ee6cbf.txt). Validating a runaround the customer
// suffered (被推來推去確實讓人很窩火) is empathy, so reported speech does not veto it.
// A colleague's "I understand" retold in quotation marks is not the trainee's empathy, and neither is an
// "I understand" that hurries the customer on in the same sentence (您說的我都明白,不用重複了), nor one that
// leads into a lesson in the same sentence ("I hear you, and I'd suggest keeping the receipt safe next time",
// 我明白你好嬲,不過下次記得keep好張單啦): the feeling is named only to move on to what they did wrong.
import { lexiconRule } from './lexicon-rule.ts';
import { quotedRetelling } from './quoted.ts';

export const rule = lexiconRule('empathize', {
  unless: (ctx, s) => quotedRetelling(ctx, s) || ctx.laterInSentence(s, ['rush', 'lecture'], ctx.sentenceOf(s).start).some((r) => !ctx.isReported(r)),
});
