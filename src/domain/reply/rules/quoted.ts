// Words the trainee retells inside quotation marks ("他說了句「我理解您」就走了", "'Thanks for your
// patience' is what the recording keeps saying") are someone else's, not the trainee's own thanks,
// apology or empathy: quoting is not doing (DOMAIN.md §8).
import type { ReplyContext } from '../context/reply-context.ts';
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
