// escalate — no authority? bring in someone who has (docs/training-model.md#step-solve). A runaround being retold is not an escalation.
import type { LexSpan, ReplyContext } from '../context/reply-context.ts';
import { lexiconRule } from './lexicon-rule.ts';
import { notOwnVoice } from './own-voice.ts';

// lex31 (blind24 s069, harm25 h098): 'I'll pass it upward' (向上面反映) said beside a put-off with no time (幾時有回覆就講唔準,
// 好難講) is the brush-off, not an escalation; said beside a look at what can be done (睇下可唔可以特別處理) it is one.
const UPWARD = new Set(['escalate/zh/lex31-02']);
const noncommittal = (ctx: ReplyContext, span: LexSpan): boolean => {
  if (!UPWARD.has(span.entry)) return false;
  const sentence = ctx.sentenceOf(span);
  return ctx.find('vague').some((v) => v.start >= sentence.start && v.start < sentence.end);
};

export const rule = lexiconRule('escalate', { unless: (ctx, span) => notOwnVoice(ctx, span) || noncommittal(ctx, span) });
