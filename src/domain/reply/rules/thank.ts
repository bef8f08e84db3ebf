// thank — 一謝 comes first in the eight-word procedure (docs/training-model.md#eight-words).
// Thanks retold in quotation marks are someone else's; thanks in a sentence that belittles, blames or
// hurries the customer (謝謝您啊,這麼點事也值得投訴 / 唔該,下一位) are mockery or a brush-off.
import type { LexSpan, ReplyContext } from '../context/reply-context.ts';
import { lexiconRule } from './lexicon-rule.ts';
import { quotedRetelling } from './quoted.ts';

const BRUSH_OFFS = ['lecture', 'blame_customer', 'rush', 'dismiss_emotion'] as const;

// Thanks with what it is for (感謝您的反饋, 多謝你嘅意見, "thanks for your patience") is whole before the comma: a lecture in a
// later clause (…,不過下次你應該先睇清楚收據) is harm said after real thanks, and both are read (lex18, blind15). Bare thanks
// (唔該,下一位) are still the brush-off's opening.
// What the customer gave by accepting (her understanding, patience, cooperation): thanked for, and also the polite
// close after a refusal (closesRefusal, below).
const ACCEPTING = 'understanding|patience|co-?operation|support|理解|体谅|谅解|配合|支持|包涵|见谅|耐心';
const THANKED_FOR = new RegExp(`^[^,.!?;]*(${ACCEPTING}|反馈|意见|建议|等候|来电|提醒|feedback|suggestions?|comments?|input|waiting)`);
const thankedFor = (ctx: ReplyContext, span: LexSpan): boolean => THANKED_FOR.test(ctx.text.slice(span.start, ctx.clauseOf(span).end));

const brushedOff = (ctx: ReplyContext, span: LexSpan): boolean => {
  const sentence = ctx.sentenceOf(span);
  const scope = thankedFor(ctx, span) ? ctx.clauseOf(span) : sentence;
  if (ctx.laterInSentence(span, BRUSH_OFFS, sentence.start).some((s) => !ctx.isReported(s) && s.start < scope.end)) return true;
  // 謝謝您啊,這麼點事也值得投訴: a rhetorical put-down in the same sentence makes the thanks sarcastic, and so do
  // thanks that are themselves the sarcasm (謝謝您百忙之中抽空來罵我們, "thanks for taking time out of your day to yell
  // at us"); sarcasm elsewhere in the sentence leaves a thank-you standing.
  const inSentence = (c: LexSpan) => c.start >= sentence.start && c.start < sentence.end && !ctx.isReported(c);
  const isTheThanks = (c: LexSpan) => c.start < span.end && span.start < c.end && !ctx.isReported(c);
  return ctx.cue('rhetorical').some(inSentence) || ctx.cue('sarcasm').some(isTheThanks);
};

// "Thank you for your understanding" after a refusal or a policy (按照规定不能退,感谢您的理解; "no refunds on sale
// items, we appreciate your understanding") closes the door politely: polite harm, not thanks of care. Thanks for
// the customer's understanding, patience or cooperation are credited unless a refusal or policy came before them.
const FOR_ACCEPTING = new RegExp(`(${ACCEPTING})`);
const REFUSALS = ['refuse', 'cite_policy'] as const;
const closesRefusal = (ctx: ReplyContext, span: LexSpan): boolean =>
  FOR_ACCEPTING.test(ctx.text.slice(span.start, span.end + 28)) && REFUSALS.some((m) => ctx.find(m).some((r) => r.start < span.start && !ctx.isReported(r)));

export const rule = lexiconRule('thank', { unless: (ctx, s) => quotedRetelling(ctx, s) || brushedOff(ctx, s) || closesRefusal(ctx, s) });
