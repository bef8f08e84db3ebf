// Either-or offers of remedies (退款定換貨?, 您是想退货还是换货?, "a refund or a replacement?", "tomorrow
// morning or Friday afternoon?"): a choice between remedies or times proposes them (propose_solution) and hands
// the choice to the customer (ask_preference); asked as a question it is also closed (ask_closed) — the customer
// picks one of the alternatives given.
// Not when the alternatives are refused (不能退款或者换货, "we can't refund or exchange it"), or retold.
import type { ReplyContext } from './reply-context.ts';
import type { Span } from './span.ts';

export interface Choice extends Span {
  /** The sentence asks (question mark, 呢/吗, or a typed run-on question). */
  asked: boolean;
  /** The customer is given the choice (asked, or 你揀 / 您选一个 / "up to you"). */
  leftToCustomer: boolean;
}

const REMEDY_ZH =
  '(退款|退钱|退货|退费|退回|全额|换货|换过|换新|换一|换个|换部|换台|换机|补发|重发|重新|发一份|发一个|寄|维修|修理|修好|上门|师傅|安排|改到|改期|优惠|赔偿|积分|代金券|现金券|上午|下午|早上|晚上|明天|后天|星期|周[一二三四五六日末]|礼拜|今天|这周|下周|新的|新机)';
const OR_ZH = '(还是|或者|或是|(?<![一肯确决预约规稳镇固搞])定(?![金时期制价位]))';
const EITHER_OR_ZH = new RegExp(`${REMEDY_ZH}[^.!?,]{0,14}?,?${OR_ZH}[^.!?]{0,16}?${REMEDY_ZH}`);
// lex35 (blind38 b38-112): the bare verbs asked as the whole choice (退還是換?, 要修定換?) — 退 and 換 alone are too common
// to be remedies anywhere (退休, 換季), so only at the start of a clause, each side one verb.
const BARE_ZH = /(?:^|[,;:\s])(你)?(想|要)?(退|换|修)(货|款|钱)?(呢)?,?(还是|定|或者|或是)(你)?(想|要)?(退|换|修)(?![休学出了掉位季])/;
const REMEDY_EN =
  '(refund|money back|replacement|replace|exchange|swap|credit|voucher|new one|repair|fix|technician|engineer|tech visit|visit|appointment|call ?back|collection|pick ?up|rebook|reschedule|discount|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|next week)';
const EITHER_OR_EN = new RegExp(`\\b${REMEDY_EN}[^.!?]{0,40}? or (?!not\\b)[^.!?]{0,40}?\\b${REMEDY_EN}`);
const REFUSED = /(不能|不可以|不可|无法|没法|没办法|不会|不接受|不提供|不设|不退|不换|不得|can not|will not|do not|does not|no longer|unable|not able|no refunds?|not possible)/;
const CHOOSE = /(你选|你拣|选一个|选择|哪个|哪一个|哪一种|哪种|哪样|你钟意|你喜欢|你想|你要|比较想|比较方便|方便|都可以|都得|up to you|your (choice|call)|you choose|you decide|which|prefer|rather|would you like|do you want|would you want|either is fine|whichever)/;
// …or ends on which one (您看哪个方便, 你鍾意邊個, "which would you rather"), a question typed without its mark.
const ASKS_WHICH = /(哪个|哪一|哪种|哪样|which)[^.!?,]{0,10}$/;
const ASKS_ZH = /(\?|呢|吗|么|好不好|可不可以|行不行|得不得|好吗)[\s.!]*$/;
// lex31 (blind29 u011, blind30 u011 — two writers): 您看明天上午還是下午方便 — the choice closed by which suits her, typed
// without a question mark, asks it.
const ASKS_WHICH_SUITS = /(还是|定)[^.!?,;]{0,14}(方便|合适|适合|比较好|得闲|有空|啱)[\s.!]*$/;

export function eitherOrChoices(ctx: ReplyContext): Choice[] {
  return ctx.memo(findChoices);
}

// Options listed one by one, then a question which (blind t13-11: "Two options: 1) … at your door by 4:35. 2) …
// ready in 10 minutes. Which one?"; 有兩個方案：一、…；二、…。你揀邊個？; 方案①…方案②…您看哪個好？): the list proposes
// them and the question hands the choice over, as an either-or in one sentence does. Markers on the folded text
// (、 folds to a comma, ① to 1, 邊個 to 哪个): 1) 2), 1. 2., (1) (2), a) b), option 1 / option a, 一, 二, 第一个方案, 方案一.
const OPTION_MARK =
  /(?<=^|[\s:;,.(])(?:(?:option|choice|plan) ?(?:[1-3]|one|two|three|[ab])\b|\(?[1-3]\)(?=\s?\S)|[1-3]\.(?=\s\D)|[ab]\)(?=\s)|方案 ?[一二三1-3ab]|选择 ?[一二三1-3]|第[一二三](?:个|种)?(?:方案|选择|办法|做法|个选择)|(?<=^|[:;.\s])[一二三](?=,))/g;
const MARK_NUMBER: Record<string, number> = { one: 1, two: 2, three: 3, a: 1, b: 2, 一: 1, 二: 2, 三: 3 };
// The number a mark gives: its last numeral ("plan b" is b, not the a of "plan").
const markNumber = (mark: string): number => {
  const key = [...mark.matchAll(/[1-3]|one|two|three|[ab]|[一二三]/g)].at(-1)?.[0] ?? '';
  return /^[1-3]$/.test(key) ? Number(key) : (MARK_NUMBER[key] ?? 0);
};
// How soon, in a listed option: 十分钟有得拿, "ready in 10 minutes", 4:35.
const DURATION = /[0-9一二三四五六七八九十两半几]+ ?(个)?(分钟|小时|钟头|个钟)|(?<![\d:])\d{1,2}:[0-5]\d(?![\d:])|\b\d+ ?(minutes?|mins?|hours?)\b/;
const WHICH = /(which|either|prefer|rather|your choice|up to you|哪个|哪一|哪种|哪样|哪款|哪边|选哪|你选|选一个|拣一个)/;

/** The span from the first listed option to the question asking which, when a reply lists options and asks. */
function findListedChoice(ctx: ReplyContext): Choice | null {
  const marks = [...ctx.text.matchAll(OPTION_MARK)].map((m) => ({ at: m.index, n: markNumber(m[0]) }));
  // The first two options, numbered one then two.
  const first = marks.find((m) => m.n === 1);
  const second = first ? marks.find((m) => m.n === 2 && m.at > first.at) : undefined;
  if (!first || !second) return null;
  const asks = ctx.sentences.find((s) => s.start > second.at && (s.endsWithQuestionMark || ASKS_ZH.test(s.text.replace(/[\s.!]+$/, ''))) && WHICH.test(s.text));
  if (!asks) return null;
  // Each option offers something: a remedy word or a time ("ready in 10 minutes"); a list of questions is no choice.
  const times = ctx.cue('time');
  const offers = (from: number, to: number) => {
    const body = ctx.text.slice(from, to);
    return new RegExp(REMEDY_ZH).test(body) || new RegExp(`\\b${REMEDY_EN}`).test(body) || DURATION.test(body) || times.some((t) => t.start >= from && t.end <= to);
  };
  const third = marks.find((m) => m.at > second.at && m.at < asks.start);
  if (!offers(first.at, second.at) || !offers(second.at, third?.at ?? asks.start)) return null;
  const span = { start: first.at, end: asks.end };
  if (REFUSED.test(ctx.text.slice(span.start, asks.start))) return null;
  return { ...span, asked: true, leftToCustomer: true };
}

// Two offers joined by or, each with what it offers — a remedy word, a time or how soon — then a question which
// (blind t14-33: 换到这个包间，厨房四十分钟内做好寿包和生日蛋糕；或者八点一刻有一张靠窗大桌空出来，您想选哪个？; "We can move you
// to a quiet room now, or a window table frees up at 8:15. Which would you like?"): too long for the one-clause
// either-or above, it proposes both and hands her the choice as a numbered list does. The or must sit between the
// two offers inside one sentence, and the question must ask which.
const OR_ANY = /(还是|或者|或是|要不然|要不|(?<![a-z])or(?! not\b)(?![a-z]))/g;
function findJoinedChoice(ctx: ReplyContext): Choice | null {
  const times = ctx.cue('time');
  const offers = (from: number, to: number) => {
    const body = ctx.text.slice(from, to);
    return new RegExp(REMEDY_ZH).test(body) || new RegExp(`\\b${REMEDY_EN}`).test(body) || DURATION.test(body) || times.some((t) => t.start >= from && t.end <= to);
  };
  for (const m of ctx.text.matchAll(OR_ANY)) {
    const sentence = ctx.sentences.find((x) => x.start <= m.index && m.index < x.end);
    if (!sentence) continue;
    const asks = ctx.sentences.find((x) => x.end > m.index && (x.endsWithQuestionMark || ASKS_ZH.test(x.text.replace(/[\s.!]+$/, ''))) && WHICH.test(x.text));
    if (!asks) continue;
    // The question which: the tail of this sentence or the next sentence, never one further on.
    if (asks !== sentence && ctx.sentences.indexOf(asks) !== ctx.sentences.indexOf(sentence) + 1) continue;
    // Her own wants retold (you said you wanted a refund or an exchange…?) offer nothing.
    if (ctx.cue('reported').some((c) => c.start >= sentence.start && c.start < m.index)) continue;
    const afterOr = m.index + m[0].length;
    const whichAt = asks === sentence ? sentence.start + sentence.text.search(WHICH) : asks.start;
    if (!offers(sentence.start, m.index) || !offers(afterOr, Math.max(afterOr, whichAt))) continue;
    const span = { start: sentence.start, end: asks.end };
    if (REFUSED.test(ctx.text.slice(span.start, whichAt))) continue;
    return { ...span, asked: true, leftToCustomer: true };
  }
  return null;
}

function findChoices(ctx: ReplyContext): Choice[] {
  const out: Choice[] = [];
  for (const s of ctx.sentences) {
    const m = EITHER_OR_ZH.exec(s.text) ?? BARE_ZH.exec(s.text) ?? EITHER_OR_EN.exec(s.text);
    if (!m) continue;
    const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    // Retold (he asked for a refund or an exchange); a 您是希望… that reads as a paraphrase opener still offers.
    const retold = ctx.cue('reported').some((c) => c.start >= s.start && c.start < span.start);
    if (REFUSED.test(ctx.text.slice(s.start, span.end)) || retold) continue;
    if (['refuse', 'cite_policy', 'blame_customer', 'lecture'].some((mv) => ctx.find(mv as 'refuse').some((h) => h.start < s.end && s.start < h.end))) continue;
    const body = s.text.replace(/[\s.!]+$/, '');
    const asked = s.endsWithQuestionMark || ASKS_ZH.test(body) || ASKS_WHICH.test(body) || ASKS_WHICH_SUITS.test(body) || (/^[a-z]/.test(body) && /^(would|do|did|can|could|shall|should|will|is|are) (you|we|i|that|it)\b/.test(s.text.slice(0, 60)) && !/[.!]\s*$/.test(s.text));
    out.push({ ...span, asked, leftToCustomer: asked || CHOOSE.test(s.text) });
  }
  for (const more of [findListedChoice(ctx), findJoinedChoice(ctx)]) {
    if (more && !out.some((c) => c.start < more.end && more.start < c.end)) out.push(more);
  }
  return out;
}
