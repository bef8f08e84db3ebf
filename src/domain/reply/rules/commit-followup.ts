// commit_followup — step 6, 跟蹤服務 (docs/training-model.md#step-follow-up); call back within 24 hours
// (docs/training-model.md#inbound-call). A follow-up counts only with a time: "改天再聯系你" is vague (docs/training-model.md#ten-forbidden).
// A get-back whose own clause says "later" (晏啲再覆你, 回头给您回话, "I'll get back to you later") has no time even
// when another clause of the sentence names one (今日個系統有啲慢,晏啲再覆你: today is when the system is slow).
import { notOwnVoice } from './own-voice.ts';
import type { Rule } from './rule.types.ts';

// Folded text: 晏啲 → 晏些, 遲啲 → 迟些.
const LATER = /(晏些|迟些|迟点|晚些|晚点|回头|改日|改天|过些|迟下|(?<![a-z])(later|sometime|some time|another time|another day)(?![a-z]))/;

export const rule: Rule = {
  move: 'commit_followup',
  id: 'commit_followup/timed',
  detect: (ctx) =>
    ctx.find('commit_followup').filter((s) => {
      const clause = ctx.clauseOf(s);
      const area = LATER.test(ctx.text.slice(clause.start, clause.end)) ? clause : ctx.sentenceOf(s);
      return ctx.cue('time').some((t) => t.start >= area.start && t.end <= area.end) && !notOwnVoice(ctx, s, 'clause');
    }),
};
