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
import type { MoveId } from '../moves.ts';
import { lexiconRule } from './lexicon-rule.ts';
import { quotedRetelling } from './quoted.ts';

const RECORD_SEEN =
  /^(i|we) (can )?see (here |now )?(that )?(you are|you have|you have got|your) (on (a|an|the|our|your) |registered|booked|subscribed|signed up|listed|due|scheduled|enrolled|a (customer|member|subscriber)|with us|an? [0-9]|[0-9]|account|contract|plan|order|booking)|^(i|we) (can )?see (on (my|the) (screen|system)|in (the|our) (system|records?)|on (your|the) (account|file|record)|from (your|the) (account|records?|file))/;
// lex29 (issue 12; blind27, blind28, blind29 — three writers, both labellers): a feeling named and owned before the
// "but" (理解您的心情,不过建议您以后…, 明白你好唔開心,但係…, "I understand how upsetting this is, but…") stays
// empathy beside the lesson that follows; a bare "I hear you" / 我明白 that only leads into the lesson does not.
const FEELING_NAMED =
  /心情|感受|不开心|不高兴|难受|(生|好|很|真|咁|这么|那么)气(?!氛|温)|着急|心急|火大|委屈|失望|烦|upset|frustrat|annoy|angry|disappoint|stressful|how (hard|awful|bad)/;
// …unless what follows tells her she has to understand (你都要明白…, 您要知道…, "you have to understand…") or
// takes the feeling back (畢竟等幾分鐘真係好辛苦): then the feeling was named only to move on.
const MUST_UNDERSTAND =
  /你(都|也)?(要|得|需要)(明白|知道|理解)|请你(也)?理解|毕竟|you (need|have|have got|got) to (understand|realise|realize|appreciate|know)/;
const namesHerFeeling = (ctx: ReplyContext, s: LexSpan): boolean =>
  FEELING_NAMED.test(ctx.text.slice(s.start, ctx.clauseOf(s).end)) && !MUST_UNDERSTAND.test(ctx.text.slice(s.end, ctx.sentenceOf(s).end));
// lex31 (harm25 h089 h264; the English side of lex29's family): a bare "I hear you" / "I get it" that turns on "but"
// to a refusal, a rule or a correction of her account ("I hear you, but our terms are clear") only clears the way for
// the no; a named feeling before the same "but" stays empathy (lex29), and so does "I hear you" before help.
// Only the heard-you wordings: "I completely understand, however…" is labelled both ways across writers and is left.
// (The Chinese 我明白你的意思 / 我聽到你講 is not read as empathy in the first place.)
const HEARD_YOU = /^i (hear|heard|get) (you|it|that|what you are saying|where you are coming from)\b/;
const NO_AFTER_BUT = ['refuse', 'cite_policy', 'argue'] as const;
const clearsTheWay = (ctx: ReplyContext, s: LexSpan): boolean =>
  HEARD_YOU.test(ctx.text.slice(s.start, s.end)) && ctx.cueAfter('but', s) && ctx.laterInSentence(s, NO_AFTER_BUT).some((r) => !ctx.isReported(r));
const readsHerRecord = (ctx: ReplyContext, s: LexSpan): boolean => RECORD_SEEN.test(ctx.text.slice(s.start, ctx.sentenceOf(s).end));

/** A move of the trainee's own (not retold) anywhere in the sentence after the empathy. */
const ownLater = (ctx: ReplyContext, s: LexSpan, moves: readonly MoveId[]): boolean =>
  ctx.laterInSentence(s, moves, ctx.sentenceOf(s).start).some((r) => !ctx.isReported(r));

export const rule = lexiconRule('empathize', {
  unless: (ctx, s) =>
    quotedRetelling(ctx, s) ||
    readsHerRecord(ctx, s) ||
    (namesHerFeeling(ctx, s) ? ownLater(ctx, s, ['rush']) : ownLater(ctx, s, ['rush', 'lecture']) || clearsTheWay(ctx, s)),
});
