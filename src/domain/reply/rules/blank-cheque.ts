// Compensation handed over with the blame before the facts are known (一定是我們的問題,醫藥費我們全包;
// "name your price, we'll cover everything") is premature liability (docs/training-model.md#harmful-moves): it is no remedy, and
// "這全是我們的責任,您想怎麼賠都行" is no ownership either.
import type { ReplyContext } from '../context/reply-context.ts';
import type { Span } from '../context/span.ts';

// Open-ended compensation: any amount, whatever it costs, no questions asked (想點賠都得, 你開個價, 全出).
const ANY_AMOUNT =
  /(多少|几多)(钱)?(都|也)(可以|行|得|赔|给|俾|没问题)|想(点|怎么|怎样)赔都|要赔多少|开(个)?价|你开声|(出|赔|包|俾|给)晒|全部(都)?(包|赔|出|免费)|全(包|出|赔)|加倍赔|赔多倍|兼赔|\b(whatever (it costs|the damage|you want|you need)|however much|name (your|the) (price|amount|figure)|tell me (the figure|how much)|no questions asked|any amount|double it)\b/;

// One answer per sentence and reply: asked once per span, a 2,000-character unpunctuated reply (one sentence)
// would be searched again for every span in it (issue 12: ≤ 5 ms).
const answered = new WeakMap<ReplyContext, Map<number, boolean>>();

/** True when the span's sentence offers open-ended compensation. */
export function blankCheque(ctx: ReplyContext, span: Span): boolean {
  const sentence = ctx.sentenceOf(span);
  let bySentence = answered.get(ctx);
  if (bySentence === undefined) answered.set(ctx, (bySentence = new Map()));
  let open = bySentence.get(sentence.start);
  if (open === undefined) bySentence.set(sentence.start, (open = ANY_AMOUNT.test(sentence.text)));
  return open;
}

/** True when the span's sentence takes on liability before the facts: open-ended compensation or a premature_liability wording. */
export function liableBeforeFacts(ctx: ReplyContext, span: Span): boolean {
  // Within the act that holds the span (ReplyContext.unitOf): 我哋即刻派人封咗個位 stays a remedy beside 我哋會全數負責…你話幾多就幾多.
  const act = ctx.unitOf(span);
  return (blankCheque(ctx, span) && ANY_AMOUNT.test(ctx.text.slice(act.start, act.end))) || ctx.find('premature_liability').some((p) => p.start >= act.start && p.start < act.end);
}
