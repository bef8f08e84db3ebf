import type { MoveId } from '../moves.ts';
import type { LexSpan, ReplyContext } from '../context/reply-context.ts';
import type { Rule } from './rule.types.ts';

export interface LexiconRuleOptions {
  /** Drop a match when this returns true (negation, reported speech…). */
  unless?: (ctx: ReplyContext, span: LexSpan) => boolean;
}

/** The common shape: a move found by its lexicon, with optional context vetoes. */
export function lexiconRule(move: MoveId, options: LexiconRuleOptions = {}): Rule {
  const { unless } = options;
  return {
    move,
    id: `${move}/lexicon`,
    detect: (ctx) => (unless ? ctx.find(move).filter((s) => !unless(ctx, s)) : ctx.find(move)),
  };
}

/** Veto for harmful wordings inside reported speech: quoting is not doing (docs/training-model.md#quoting-is-not-doing). */
export const reported = (ctx: ReplyContext, span: LexSpan): boolean => ctx.isReported(span);
