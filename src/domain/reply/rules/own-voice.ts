// Whose act is it? A remedy, a timed promise, an owner or an escalation is credited only in the trainee's
// own voice (docs/training-model.md#quoting-is-not-doing): not when the customer's story is being retold — what a
// colleague said he would do (佢話會派師傅上嚟, "the last agent wrote that a technician would come") — nor
// in a restatement closed by a confirming tag (…經理話會打俾你,係咪?).
import type { ReplyContext } from '../context/reply-context.ts';
import type { Span } from '../context/span.ts';
import { CONSENT_WORDS } from './consent.ts';

// Cantonese 話 "says" after a third party or a past time (佢話…, 同事話…, 上次經理話…); not 電話.
const THIRD_PARTY_SAYS = /(他|她|他们|她们|同事|师傅|客服|职员|经理|主管|店长|前台|保安|技术员|那边|对方|上次|之前|头先|上个星期|琴日|昨天)[^,.!?;:"\n]{0,4}?(?<!电)话(?![题费筒])/;

// The trainee back in their own voice after a restatement: a later clause about what they will do
// (…都冇修好,今次我哋換新機; "to recap: we fix the lock today, …"), or a first-person promise or deed
// (我已經…, 我會…, I will…). A recap of the trainee's own plan proposes that plan.
const CLAUSE_OPENS_OWN = /^\s*(这次|今次|现在|那|那么|所以|不过|但|但是|这样吧|this time|now|but|instead|and|then)?[\s,]*(我|我们|我这边|我们这边|i|we|let me)(?![a-z])/;
const CONSENT_END = new RegExp(`,\\s*(${CONSENT_WORDS})\\s*\\?+\\s*$`);
// The trainee's own deed after a consent-tagged plan, with its when in between (我今日下晝會交主管審批).
const OWN_DEED_TIMED = /(我|我们)(今天|今日|今晚|明天|明日|明早|下午|上午|稍后|等一下|一阵)[^,.!?]{0,4}(会|将|就|先|再)/;
const OWN_DEED = /(我|我们)(已经|已|会|将|现在|马上|即刻|立即|这就|先|今天|明天)|\b(i|we) (will|have|am going to|are going to|can)\b/;

// After a "you said / you mentioned" opener, 的/嘅 makes it a modifier: 您提到的问题 = the problem you mentioned.
const HER_TOPIC = /^\s*(的|嘅)/;

// Where a third party "says" (佢話…) in the reply, found once per reply: searching the stretch before every span
// again cost a 2,000-character unpunctuated reply several milliseconds (issue 12: ≤ 5 ms).
const THIRD_PARTY_SAYS_ALL = new RegExp(THIRD_PARTY_SAYS.source, 'g');
const saysIn = new WeakMap<ReplyContext, Span[]>();
function thirdPartySays(ctx: ReplyContext): Span[] {
  let found = saysIn.get(ctx);
  if (found === undefined) {
    found = [...ctx.text.matchAll(THIRD_PARTY_SAYS_ALL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    saysIn.set(ctx, found);
  }
  return found;
}

// A remedy granted in a word (退錢俾你, 给你换, "There, refund done") is given even when the trainee sulks as they give it
// (…滿意未?, 满意了吧?, "Happy now?"): the refund happens, unlike a mock promise (我負責到底,滿意了吧?) — lex32, blind33,
// both labellers.
const GRANTED_IN_A_HUFF: ReadonlySet<string> = new Set(['propose_solution/zh/lex32-01', 'propose_solution/en/lex32-01']);
export const grantedInAHuff = (span: Span & { entry?: string }): boolean => span.entry !== undefined && GRANTED_IN_A_HUFF.has(span.entry);

/**
 * True when the span is not the trainee's own act: mocked, quoted, restated or retold. `scope` is how far back a
 * reported-speech cue or a paraphrase opener reaches; a sentence closed by a question mark after a
 * paraphrase opener is a restatement as a whole (So, to confirm: … you were promised a call back?).
 */
export function notOwnVoice(ctx: ReplyContext, span: Span, scope: 'sentence' | 'clause' = 'sentence'): boolean {
  // Mockery (是是是,我負責到底,滿意了吧? / "I'll personally fly to the factory, happy now?") promises nothing.
  const sentence = ctx.sentenceOf(span);
  if (!grantedInAHuff(span) && ctx.cue('sarcasm').some((c) => c.start >= sentence.start && c.start < sentence.end)) return true;
  const area = scope === 'sentence' ? ctx.sentenceOf(span) : ctx.clauseOf(span);
  // …unless the trainee took the floor again after the cue in a run-on ("…nothing happened let me take this over").
  const restarted = (c: Span) => ctx.cue('restart').some((r) => r.start >= c.end && r.start <= span.start);
  if (ctx.cue('reported').some((c) => c.start >= area.start && c.start <= span.start && c.start < span.end && !agreedWith(ctx, c) && !restarted(c) && !ctx.speaksAgain(c, span))) return true;
  // 同事頭先話唔退得,但我睇過你嘅情況,我會幫你退款: what the colleague said ends where the trainee takes the floor.
  const floor = Math.max(sentence.start, ...ctx.cue('restart').filter((r) => r.start >= sentence.start && r.start <= span.start).map((r) => r.start));
  if (thirdPartySays(ctx).some((m) => m.start >= floor && m.end <= span.start)) return true;
  if (ctx.cue('confirm_tag').some((t) => t.start >= span.end && t.start < sentence.end)) return true;
  const clause = ctx.clauseOf(span);
  // A restatement the trainee closed with a tag and then went on from (…係咪咁樣我今日安排同事…) is behind them.
  // …and one that lies in an earlier act of a run-on (您刚才说是周三的快递…是吧 不过…, 你话…凍晒 我保證…) is behind them too (ReplyContext.unitOf).
  const act = sentence.endsWithQuestionMark ? sentence : ctx.unitOf(span);
  // 您提到的保安问题由我亲自跟进 (blind t15-23): "you mentioned" modifying a noun (…的) names her topic — the issue she
  // raised — and the sentence goes on in the trainee's voice; it restates nothing.
  const openers = ctx
    .find('paraphrase')
    .filter((p) => p.start >= act.start && p.start < span.start && !restarted(p) && !HER_TOPIC.test(ctx.text.slice(p.end, p.end + 2)));
  const reaches = scope === 'sentence' || sentence.endsWithQuestionMark || openers.some((p) => p.start >= clause.start);
  if (openers.length === 0 || !reaches) return false;
  return !backInOwnVoice(ctx, Math.max(...openers.map((p) => p.end)), span);
}

// 我已經同工程部講好 / 跟師傅說好了: the trainee agreed it with the crew; 我已經同師傅講咗 / 我跟師傅說了: the
// trainee told the crew. Nobody is being quoted.
const TRAINEE_TOLD = /(我|我们)(已经|已|都|刚刚|刚才|头先|啱啱|亲自)?(同|跟|和|对)$/;
const agreedWith = (ctx: ReplyContext, cue: Span): boolean =>
  /[讲说]$/.test(ctx.text.slice(cue.start, cue.end)) && (ctx.text[cue.end] === '好' || TRAINEE_TOLD.test(ctx.text.slice(Math.max(0, cue.start - 6), cue.start)));

function backInOwnVoice(ctx: ReplyContext, from: number, span: Span): boolean {
  const sentence = ctx.sentenceOf(span);
  const clause = ctx.clauseOf(span);
  // A restatement closed by a bare question mark ("你是說,我哋會派人上門?") is still the customer's story;
  // one closed by asking what they think of the plan (…今次我哋換新機,你看行嗎?) is the trainee's offer.
  // …and so is one closed by a bare consent tag after the trainee's own plan (你講到要多住一晚酒店，…我今日下晝會交主管審批，
  // 明日中午十二點前打返畀你話結果，好唔好？): she is asked to agree to what the trainee will do, not whether she said it.
  const consents = CONSENT_END.test(ctx.text.slice(sentence.start, sentence.end));
  const asks = sentence.endsWithQuestionMark && !consents && !ctx.find('ask_preference').some((p) => p.start >= span.end && p.start < sentence.end);
  if (asks) return false;
  if (clause.start >= from && CLAUSE_OPENS_OWN.test(ctx.text.slice(clause.start, span.end))) return true;
  const said = ctx.text.slice(from, span.end);
  return (!sentence.endsWithQuestionMark && OWN_DEED.test(said)) || (consents && (OWN_DEED.test(said) || OWN_DEED_TIMED.test(said)));
}
