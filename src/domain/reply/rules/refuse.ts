// refuse — refusing outright (000_08713545b2ee6cbf.txt); say NO only when it is good for the customer (002 §五).
// A "no" followed in the same sentence by "but" and what the trainee will do instead (an escalation, a
// remedy, ownership) is the decks' recommended way of declining, not an outright refusal.
import type { LexSpan, ReplyContext } from '../context/reply-context.ts';
import { lexiconRule } from './lexicon-rule.ts';

const ALTERNATIVES = ['escalate', 'propose_solution', 'take_ownership'] as const;

const offersAlternative = (ctx: ReplyContext, span: LexSpan): boolean => {
  const sentence = ctx.sentenceOf(span);
  const but = ctx.cue('but').find((b) => b.start >= span.end && b.start < sentence.end);
  return but !== undefined && ctx.laterInSentence(span, ALTERNATIVES, but.end).length > 0;
};

export const rule = lexiconRule('refuse', { unless: (ctx, span) => ctx.isReported(span) || offersAlternative(ctx, span) });
