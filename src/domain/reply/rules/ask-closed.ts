// ask_closed — yes/no, either-or and confirming questions (封閉式問題: 好不好? 對不對?,
// 000_08713545b2ee6cbf.txt). An open question with a confirming tag ("…, right?") counts too.
import { askedPart, questions } from '../context/questions.ts';
import { eitherOrChoices } from '../context/either-or.ts';
import type { Span } from '../context/span.ts';
import type { Finding, Rule } from './rule.types.ts';

export const rule: Rule = {
  move: 'ask_closed',
  id: 'ask_closed/question',
  detect(ctx) {
    const out: Finding[] = [];
    // "What would you like us to do?" asks their view (ask_preference), not yes or no — it has a question
    // word, so it is open; "您看這樣滿意嗎?" / "Would that work for you?" asks their view AND yes or no.
    const preference = ctx.find('ask_preference');
    const wh = ctx.cue('open_question');
    for (const q of questions(ctx)) {
      if (!q.isQuestion || q.rhetorical || q.harmful || q.offer) continue;
      if (q.open && !q.tag) continue;
      const inside = (s: Span) => s.start >= q.sentence.start && s.start < q.sentence.end;
      if (!q.tag && preference.some(inside) && wh.some(inside)) continue;
      out.push(askedPart(ctx, q));
    }
    // An either-or between remedies, asked (您要退款還是換一台新的呢?): the customer picks one of the alternatives.
    for (const c of eitherOrChoices(ctx)) if (c.asked && !out.some((o) => o.start < c.end && c.start < o.end)) out.push({ start: c.start, end: c.end, rule: 'ask_closed/either-or' });
    return out;
  },
};
