// ask_open — descriptive questions that let the customer tell the whole story (docs/training-model.md#step-gather
// step 3: 描述性問題; 問 — 什麼? 怎麼樣?). Rhetorical "why didn't you…" is blame, not a question, and
// "what would you like us to do?" is ask_preference.
import { askedPart, questions } from '../context/questions.ts';
import { overlaps } from '../context/span.ts';
import type { Finding, Rule } from './rule.types.ts';

export const rule: Rule = {
  move: 'ask_open',
  id: 'ask_open/question',
  detect(ctx) {
    const preference = ctx.find('ask_preference');
    const out: Finding[] = [];
    for (const q of questions(ctx)) {
      if (q.rhetorical || q.harmful || !q.open || !q.isQuestion) continue;
      if (preference.some((p) => overlaps(p, q.sentence))) continue;
      out.push(askedPart(ctx, q));
    }
    // Requests for a description without a question mark: 請您詳細說一下… / Please tell me what happened.
    for (const s of ctx.find('ask_open')) {
      const q = questions(ctx).find((x) => x.sentence.start <= s.start && s.start < x.sentence.end);
      if (q && preference.some((p) => overlaps(p, q.sentence))) continue;
      // "kindly tell me how I can be of help" offers help; it does not ask for the story.
      if (ctx.cue('offer').some((o) => overlaps(o, s))) continue;
      if (!q?.rhetorical && !q?.harmful && !out.some((o) => overlaps(o, s))) out.push({ start: s.start, end: s.end, rule: 'ask_open/request' });
    }
    return out;
  },
};
