// ask_closed — yes/no, either-or and confirming questions (封閉式問題: 好不好? 對不對?,
// docs/training-model.md#ask). An open question with a confirming tag ("…, right?") counts too.
import { askedPart, questions } from '../context/questions.ts';
import { eitherOrChoices } from '../context/either-or.ts';
import type { Span } from '../context/span.ts';
import type { ReplyContext } from '../context/reply-context.ts';
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
      if (asksOnlyTheFeeling(ctx, q.sentence) || VOCATIVE.test(q.sentence.text.trim()) || !WORDED.test(q.sentence.text)) continue;
      out.push(askedPart(ctx, q));
    }
    // An either-or between remedies, asked (您要退款還是換一台新的呢?): the customer picks one of the alternatives.
    for (const c of eitherOrChoices(ctx)) if (c.asked && !out.some((o) => o.start < c.end && c.start < o.end)) out.push({ start: c.start, end: c.end, rule: 'ask_closed/either-or' });
    // A request for one piece of information, typed without a question mark (lex20: "Kindly send me the tracking
    // number", 您的快遞單號發我一下哈): the customer is asked for one answer.
    for (const s of ctx.find('ask_closed')) if (!ctx.isReported(s) && !out.some((o) => o.start < s.end && s.start < o.end)) out.push({ start: s.start, end: s.end, rule: 'ask_closed/request', entry: s.entry });
    return out;
  },
};

/**
 * lex30: "???", "?!" typed on their own before or after the reply (??? 說明書上寫著呢, "?? you signed for it") is
 * exasperation, not a question: a sentence with no word in it asks the customer nothing.
 */
const WORDED = /[\p{L}\p{N}]/u;

/**
 * "Mrs Lin?", 陳先生？: the customer's name called out to address her, opening the reply, asks nothing.
 */
const VOCATIVE = /^((hi|hello|excuse me),? )?(mr|mrs|ms|miss|dr|madam|sir|auntie|uncle)\.? ?[a-z'-]*\s*\?+$|^[\u3400-\u9fff]{1,3}(先生|太太|太|小姐|女士|生|阿姨|姨|伯伯|伯|婆婆|奶奶|阿嬷|阿婆|阿伯|姐|哥|经理|师傅)\s*\?+$/;

/**
 * 累了吧？, 你一定很着急吧？: a question that ends on the customer's feeling, asked with no more than a soft
 * particle after it, is empathy said gently (察), not a yes/no question about the complaint — the customer is
 * asked for nothing. A restated feeling closed by a confirming tag (讓您很不舒服，是嗎？) still asks.
 */
function asksOnlyTheFeeling(ctx: ReplyContext, sentence: { clauses: readonly Span[]; start: number; end: number }): boolean {
  const last = sentence.clauses.at(-1) ?? sentence;
  const end = ctx.text.slice(last.start, last.end).replace(/[?.!\s]+$/, '').length + last.start;
  return ctx.find('empathize').some((e) => e.start >= last.start && e.end <= end && end - e.end <= 2);
}
