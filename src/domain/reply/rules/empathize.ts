// empathize — name or validate the feeling: 換作是我也會生氣 (docs/training-model.md#better-answers),
// 察 — notice and name the emotion (docs/training-model.md#observe). Validating a runaround the customer
// suffered (被推來推去確實讓人很窩火) is empathy, so reported speech does not veto it.
// A colleague's "I understand" retold in quotation marks is not the trainee's empathy, and neither is an
// "I understand" that hurries the customer on in the same sentence (您說的我都明白,不用重複了), nor one that
// leads into a lesson in the same sentence ("I hear you, and I'd suggest keeping the receipt safe next time",
// 我明白你好嬲,不過下次記得keep好張單啦): the feeling is named only to move on to what they did wrong.
// scen15t (blind t20-10): "I can see you're on a 24-month plan with 16 months remaining" reads her account, not her
// feeling — what is seen is where she stands with us (on a plan, registered, booked, a number), or it is seen on the
// screen, in the system or on her account. "I can see you're on edge" and "I can see you're upset" name a feeling.
import type { LexSpan, ReplyContext } from '../context/reply-context.ts';
import { lexiconRule } from './lexicon-rule.ts';
import { quotedRetelling } from './quoted.ts';

const RECORD_SEEN =
  /^(i|we) (can )?see (here |now )?(that )?(you are|you have|you have got|your) (on (a|an|the|our|your) |registered|booked|subscribed|signed up|listed|due|scheduled|enrolled|a (customer|member|subscriber)|with us|an? [0-9]|[0-9]|account|contract|plan|order|booking)|^(i|we) (can )?see (on (my|the) (screen|system)|in (the|our) (system|records?)|on (your|the) (account|file|record)|from (your|the) (account|records?|file))/;
const readsHerRecord = (ctx: ReplyContext, s: LexSpan): boolean => RECORD_SEEN.test(ctx.text.slice(s.start, ctx.sentenceOf(s).end));

export const rule = lexiconRule('empathize', {
  unless: (ctx, s) =>
    quotedRetelling(ctx, s) || readsHerRecord(ctx, s) || ctx.laterInSentence(s, ['rush', 'lecture'], ctx.sentenceOf(s).start).some((r) => !ctx.isReported(r)),
});
