// vague — 打太極, noncommittal language (000_08713545b2ee6cbf.txt); 嗯,我不太清楚 / 改天再聯系你 (002).
// "I'm not sure, but I can help you find out" is the decks' better answer (004), not vagueness.
import { lexiconRule } from './lexicon-rule.ts';

export const rule = lexiconRule('vague', {
  unless: (ctx, s) => ctx.isReported(s) || (ctx.cueAfter('but', s) && ctx.cueAfter('commitment', s)),
});
