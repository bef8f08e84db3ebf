// commit_followup — step 6, 跟蹤服務 (000_08713545b2ee6cbf.txt); call back within 24 hours
// (004_c5ee271a011a6f74.txt). A follow-up counts only with a time: "改天再聯系你" is vague (002).
import { notOwnVoice } from './own-voice.ts';
import type { Rule } from './rule.types.ts';

export const rule: Rule = {
  move: 'commit_followup',
  id: 'commit_followup/timed',
  detect: (ctx) =>
    ctx.find('commit_followup').filter((s) => {
      const sentence = ctx.sentenceOf(s);
      return ctx.cue('time').some((t) => t.start >= sentence.start && t.end <= sentence.end) && !notOwnVoice(ctx, s, 'clause');
    }),
};
