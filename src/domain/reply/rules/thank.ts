// thank — 一謝 comes first in the eight-word procedure (002_ec423cfec83186e4.txt).
// Thanks retold in quotation marks are someone else's; thanks in a sentence that belittles, blames or
// hurries the customer (謝謝您啊,這麼點事也值得投訴 / 唔該,下一位) are mockery or a brush-off.
import type { LexSpan, ReplyContext } from '../context/reply-context.ts';
import { lexiconRule } from './lexicon-rule.ts';
import { quotedRetelling } from './quoted.ts';

const BRUSH_OFFS = ['lecture', 'blame_customer', 'rush', 'dismiss_emotion'] as const;

const brushedOff = (ctx: ReplyContext, span: LexSpan): boolean => {
  const sentence = ctx.sentenceOf(span);
  if (ctx.laterInSentence(span, BRUSH_OFFS, sentence.start).some((s) => !ctx.isReported(s))) return true;
  // 謝謝您啊,這麼點事也值得投訴: a rhetorical put-down in the same sentence makes the thanks sarcastic.
  return ctx.cue('rhetorical').some((r) => r.start >= sentence.start && r.start < sentence.end && !ctx.isReported(r));
};

export const rule = lexiconRule('thank', { unless: (ctx, s) => quotedRetelling(ctx, s) || brushedOff(ctx, s) });
