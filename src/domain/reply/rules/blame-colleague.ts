// blame_colleague — 責備和批評自己的同事 (docs/training-model.md#wrong-behaviours).
import type { ReplyContext } from '../context/reply-context.ts';
import { lexiconRule } from './lexicon-rule.ts';

// The fault pushed away from the trainee (這不是我的錯, 唔關我事, "not my fault"): what follows blames whoever is named.
const DISOWNS = /不是我(?!们)|不关我|唔关我|唔系我(?!哋)|与我无关|(not|n't) my (fault|falut)|wasn't me|not me\b/;

/**
 * What a colleague got wrong, told in a reply that owns it as ours (是我们的错，不是您的问题; "that's our fault") and
 * disowns nothing, is what happened explained with the fault taken on — not a colleague blamed (scen15q, blind t15-33:
 * 订位的同事把两桌订单搞混了…是我们的错). docs/training-model.md#face-to-face step 2 asks the trainee to tell her what went wrong.
 */
const toldAndOwned = (ctx: ReplyContext): boolean =>
  ctx.find('apologize').some((a) => a.entry.endsWith('/fault-owned')) && !DISOWNS.test(ctx.text.toLowerCase());

// Only the clause a reported-speech cue opens is vetoed: "she should never have told you that, she's
// clueless" still blames. A sentence the trainee opens as a paraphrase (聽下來主要是兩件事:…營業員態度不好)
// restates the customer's complaint about a colleague as a whole.
export const rule = lexiconRule('blame_colleague', {
  unless: (ctx, span) => {
    if (ctx.isReported(span, 'clause')) return true;
    if (toldAndOwned(ctx)) return true;
    const sentence = ctx.sentenceOf(span);
    return ctx.find('paraphrase').some((p) => p.start >= sentence.start && p.start < span.start);
  },
});
