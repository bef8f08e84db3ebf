// Words the trainee retells inside quotation marks ("他說了句「我理解您」就走了", "'Thanks for your
// patience' is what the recording keeps saying") are someone else's, not the trainee's own thanks,
// apology or empathy: quoting is not doing (docs/training-model.md#quoting-is-not-doing).
import type { LexSpan, ReplyContext } from '../context/reply-context.ts';
import { quotedSpans } from '../context/sentences.ts';
import type { Span } from '../context/span.ts';

/** The span lies inside a quotation in a sentence that retells what someone said. */
export function quotedRetelling(ctx: ReplyContext, span: Span): boolean {
  const quote = ctx.memo(quotesOf).find((q) => span.start >= q.start && span.end <= q.end);
  if (!quote) return false;
  const sentence = ctx.sentenceOf(quote);
  const within = (s: Span) => s.start >= sentence.start && s.start < sentence.end;
  if (ctx.cue('reported').some(within) || ctx.find('paraphrase').some(within)) return true;
  // 店員跟您說「不好意思」了嗎? / the sign said 'sorry for the wait': a speech verb opens the quote,
  // and its speaker is not the trainee (我跟您說聲「對不起」 is the trainee's own apology).
  const before = ctx.text.slice(Math.max(sentence.start, quote.start - 12), quote.start - 1);
  return SAID.test(before) && !FIRST_PERSON.test(before);
}

const SAID = /(说|讲|话|写|写着|回|答|said|says|saying|told \w+|wrote|writes|replied|goes|went)( ?了)?( ?(句|声|一句|一声))?\s*$/;
const FIRST_PERSON = /(我|我们)[^,]{0,6}(说|讲|话|写)|\b(i|we) (said|told|wrote|replied)\b/;

const quotesOf = (ctx: ReplyContext): Span[] => quotedSpans(ctx.text);

// Quoting is not doing (docs/training-model.md#quoting-is-not-doing) — for promises and offers. A promise or offer after a reported-speech
// cue (經理保證過…, "they promised…") retells someone else's. But 你說多少就賠多少 / "you said it, we'll pay
// it" is the trainee's own offer: a 你說/你話/"you said" cue counts as quoting only in a restatement closed
// as a question, and a paraphrase opener alone does not make an offer quoted.

const YOU_SAY = new Set(['reported/zh/02', 'reported/zh/10', 'reported/en/06']);

export function quotedOffer(ctx: ReplyContext, span: LexSpan): boolean {
  const sentence = ctx.sentenceOf(span);
  return ctx.cue('reported').some((c) => c.start >= sentence.start && c.start < span.start && (!YOU_SAY.has(c.entry) || sentence.endsWithQuestionMark));
}
