// ask_closed — yes/no, either-or and confirming questions (封閉式問題: 好不好? 對不對?,
// 000_08713545b2ee6cbf.txt). An open question with a confirming tag ("…, right?") counts too.
import { questions } from '../context/questions.ts';
import { overlaps } from '../context/span.ts';
import type { Finding, Rule } from './rule.types.ts';

export const rule: Rule = {
  move: 'ask_closed',
  id: 'ask_closed/question',
  detect(ctx) {
    const out: Finding[] = [];
    // "What would you like us to do?" asks their view (ask_preference), not yes or no.
    const preference = ctx.find('ask_preference');
    for (const q of questions(ctx)) {
      if (!q.isQuestion || q.rhetorical || q.harmful || q.offer) continue;
      if (q.open && !q.tag) continue;
      if (!q.tag && preference.some((p) => overlaps(p, q.sentence))) continue;
      out.push({ start: q.sentence.start, end: q.sentence.end });
    }
    return out;
  },
};
