// take_ownership — someone owns the complaint; the water-pump case failed because nobody did (003_460ba467ba69c8b9.txt).
import type { LexSpan, ReplyContext } from '../context/reply-context.ts';
import { lexiconRule } from './lexicon-rule.ts';
import { notOwnVoice } from './own-voice.ts';

// An echo of the customer's demand, thrown back as a question (我跟進? 我負責?), refuses it.
const echoed = (ctx: ReplyContext, span: LexSpan): boolean =>
  ctx.text.slice(ctx.clauseOf(span).start, span.start).trim() === '' && /^\s*\?/.test(ctx.text.slice(span.end));

// Inside a retold story or a restatement ("…and the manager said he'd handle it personally, right?") it is quoted.
export const rule = lexiconRule('take_ownership', { unless: (ctx, span) => notOwnVoice(ctx, span, 'clause') || echoed(ctx, span) });
