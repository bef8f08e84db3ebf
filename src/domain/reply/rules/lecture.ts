// lecture — educating, criticising, mocking (docs/training-model.md#wrong-behaviours); 連小孩子都會 (docs/training-model.md#ten-forbidden). Sarcasm is
// mocking too (滿意未?, 行行行你說的都對, "happy now?"): the sarcasm cue marks it.
import type { Finding, Rule } from './rule.types.ts';

export const rule: Rule = {
  move: 'lecture',
  id: 'lecture/lexicon',
  detect: (ctx) => {
    const out: Finding[] = ctx.find('lecture').filter((s) => !ctx.isReported(s));
    for (const s of ctx.cue('sarcasm')) if (!ctx.isReported(s)) out.push({ start: s.start, end: s.end, rule: 'lecture/sarcasm', entry: s.entry });
    return out;
  },
};
