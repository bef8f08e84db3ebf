// blame_colleague — 責備和批評自己的同事 (000_08713545b2ee6cbf.txt, wrong behaviours).
import { lexiconRule } from './lexicon-rule.ts';

// Only the clause a reported-speech cue opens is vetoed: "she should never have told you that, she's
// clueless" still blames. A sentence the trainee opens as a paraphrase (聽下來主要是兩件事:…營業員態度不好)
// restates the customer's complaint about a colleague as a whole.
export const rule = lexiconRule('blame_colleague', {
  unless: (ctx, span) => {
    if (ctx.isReported(span, 'clause')) return true;
    const sentence = ctx.sentenceOf(span);
    return ctx.find('paraphrase').some((p) => p.start >= sentence.start && p.start < span.start);
  },
});
