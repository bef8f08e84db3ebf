// vague — 打太極, noncommittal language (docs/training-model.md#wrong-behaviours); 嗯,我不太清楚 / 改天再聯系你 (docs/training-model.md#ten-forbidden).
// "I'm not sure, but I can help you find out" is the decks' better answer (docs/training-model.md#better-answers), not vagueness; so is
// "I don't know your order's details — could you give me the number?": not knowing yet and asking in
// the same sentence is gathering information (docs/training-model.md#step-gather).
import type { LexSpan, ReplyContext } from '../context/reply-context.ts';
import { lexiconRule } from './lexicon-rule.ts';
import type { Rule } from './rule.types.ts';

// A request for the customer's details: 可唔可以俾單號我, 請問, "could you give me…".
const REQUEST = /可不可以|能不能|可以|请问|能否|麻烦|是否|吗|呢|哪|什么|几|can you|could you|would you|what|which|when|where|do you|did you|have you/;

const asksNext = (ctx: ReplyContext, s: LexSpan): boolean => {
  const sentence = ctx.sentenceOf(s);
  return sentence.endsWithQuestionMark && REQUEST.test(ctx.text.slice(s.end, sentence.end));
};

const fromLexicon = lexiconRule('vague', {
  unless: (ctx, s) => ctx.isReported(s) || (ctx.cueAfter('but', s) && ctx.cueAfter('commitment', s)) || asksNext(ctx, s),
});

// lex37 (blind41): doubt that the remedy will work at all (不太清楚能不能解決, "not sure if we can fix it") leaves her with no
// answer even after a timed follow-up; its own rule id lets reading/reconcile.ts keep it beside the follow-up.
export const OUTCOME_DOUBT_RULE = 'vague/outcome-doubt';
const doubts = (ctx: ReplyContext) =>
  ctx.cue('outcome_doubt').filter((c) => !ctx.isReported(c)).map((c) => ({ start: c.start, end: c.end, rule: OUTCOME_DOUBT_RULE, entry: c.entry }));

export const rule: Rule = { ...fromLexicon, detect: (ctx) => [...fromLexicon.detect(ctx), ...doubts(ctx)] };
