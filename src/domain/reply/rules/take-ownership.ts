// take_ownership — someone owns the complaint; the water-pump case failed because nobody did (docs/training-model.md#water-pump-case).
import type { LexSpan, ReplyContext } from '../context/reply-context.ts';
import { blankCheque } from './blank-cheque.ts';
import { lexiconRule } from './lexicon-rule.ts';
import { notOwnVoice } from './own-voice.ts';

// An echo of the customer's demand, thrown back as a question (我跟進? 我負責?), refuses it.
const echoed = (ctx: ReplyContext, span: LexSpan): boolean =>
  ctx.text.slice(ctx.clauseOf(span).start, span.start).trim() === '' && /^\s*\?/.test(ctx.text.slice(span.end));

// "我都知道了啦,你唔使再講多次" hurries the customer: in a sentence that rushes them, no-need-to-repeat is impatience.
const hurried = (ctx: ReplyContext, span: LexSpan): boolean => {
  const sentence = ctx.sentenceOf(span);
  return ctx.find('rush').some((r) => r.start >= sentence.start && r.start < sentence.end);
};

// "我會跟進,有消息再通知你" / "我哋會跟進嘅": a follow-up with no when or how is the vague brush-off (docs/training-model.md#ten-forbidden), not
// an owner; a named owner (呢單我負責, 由我跟到底) stays one whatever else the sentence says.
const BARE = new Set(['take_ownership/zh/30']);
const noncommittal = (ctx: ReplyContext, span: LexSpan): boolean => {
  if (!BARE.has(span.entry)) return false;
  const sentence = ctx.sentenceOf(span);
  return ctx.find('vague').some((v) => v.start >= sentence.start && v.start < sentence.end);
};

// Inside a retold story or a restatement ("…and the manager said he'd handle it personally, right?") it is quoted.
export const rule = lexiconRule('take_ownership', { unless: (ctx, span) => notOwnVoice(ctx, span, 'clause') || echoed(ctx, span) || hurried(ctx, span) || noncommittal(ctx, span) || blankCheque(ctx, span) });
