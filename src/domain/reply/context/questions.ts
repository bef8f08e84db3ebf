// Which sentences are questions, and of what kind (聽察問斷定: 問, docs/training-model.md#ask):
// open (什麼? 怎麼樣?), closed (好不好? 對不對?), or rhetorical/accusatory (反問, 責問), which are blame.
import type { ReplyContext } from './reply-context.ts';
import type { Sentence } from './sentences.ts';
import { overlaps, type Span } from './span.ts';

export interface QuestionInfo {
  sentence: Sentence;
  /** The sentence asks something (question mark, 嗎/呢 particle, or English inversion). */
  isQuestion: boolean;
  /** An open-question cue (what/how/什麼/怎麼/描述…) outside any offer of help. */
  open: Span | null;
  /** A confirming tag (對嗎?/是不是/right?/correct?) or an either-or. */
  tag: Span | null;
  /** A rhetorical or accusatory cue (為什麼你不…, 難道, why didn't you…). */
  rhetorical: Span | null;
  /**
   * The sentence carries a harmful move in the trainee's own words (您自己沒注意嗎? 至於嗎?
   * 關我們什麼事?): whatever its punctuation, it is not a genuine question.
   */
  harmful: boolean;
  /** The sentence is an offer of help, not a question about the complaint. */
  offer: boolean;
}

/** Harmful moves whose presence makes a question rhetorical rather than information-seeking. */
const RHETORICAL_MOVES = ['blame_customer', 'lecture', 'argue', 'dismiss_emotion', 'rush', 'deflect', 'refuse', 'cite_policy'] as const;

const CJK = /[\u3400-\u9fff]/;
const ZH_PARTICLE_END = /(吗|么|嘛|咩|呀吗)[\s.!]*$/;
const ZH_NE_END = /呢[\s.!]*$/;
const ZH_TAG_END = /(是不是|对不对|好不好|对吧|是吧|可以吗|行不行|有没有)[\s.!]*$/;
const EN_TERMINAL = /[.!][\s]*$/;

export function questions(ctx: ReplyContext): QuestionInfo[] {
  return ctx.memo(analyseQuestions);
}

/**
 * The words a question's evidence points at: the sentence, after any greeting's offer of help that opens it
 * (…有咩可以幫到你 你話部手機黑屏 係咪完全開唔返機 asks from 你話 on), so the question is not read as part of the greeting.
 */
export function askedPart(ctx: ReplyContext, q: QuestionInfo): Span {
  const { start, end } = q.sentence;
  if (q.offer) return { start, end };
  const offerEnds = ctx.cue('offer').filter((o) => o.start >= start && o.end < end).map((o) => o.end);
  if (offerEnds.length === 0) return fromAsker(ctx, q);
  // …from the clause after the offer (it ends mid-phrase: 有咩可以幫|到你).
  const after = Math.max(...offerEnds);
  return { start: q.sentence.clauses.find((c) => c.start >= after)?.start ?? after, end };
}

/**
 * A question typed on after a greeting or an apology without a stop (您好這裡是…客服我是阿玲…抱歉請問冷氣是哪一天開始漏水的,
 * "hi this is Dana from … so sorry about the leak can you tell me when…") is asked from the words that open it: 請問,
 * 想問, 您能…, "can you tell me", an inverted "is the…" — not from the greeting, which the greeting keeps.
 */
function fromAsker(ctx: ReplyContext, q: QuestionInfo): Span {
  const { start, end } = q.sentence;
  const text = ctx.text.slice(start, end);
  const zh = CJK.test(text);
  const m = (zh ? ZH_ASKER : EN_ASKER).exec(text);
  // "What did the engineer say…" is asked from its wh-word: the inverted auxiliary after it opens nothing new.
  if (!m || m.index === 0 || (!zh && EN_WH_BEFORE.test(text.slice(0, m.index)))) return { start, end };
  return { start: start + m.index + (m[1]?.length ?? 0), end };
}
// 請問 / 想問(下) / 您能(不能)… / 可唔可以… / 麻煩你… after other words: where a run-on question starts.
const ZH_ASKER = /()(请问|想问|问一下|问下|(?<!你)你(能不能|能|可不可以|可以|可否)(说|讲|告诉|描述|形容|讲讲|说说)|麻烦你(说|讲|告诉))/;
// "… can you tell me when", "… could you walk me through", "… is the boiler still off" after other words.
const EN_ASKER = /( )(?:(?:can|could|would) you (?:please )?(?:tell|walk|talk|describe|explain|let me know)|(?:is|are|was|were|did|does|has|have) (?:the|your|it|this|that|there|you) )/;
const EN_WH_BEFORE = /\b(what|how|when|where|which|who|why)\b/;

// scen15t (probe p15t-05): "that is why" — 这就是为什么平台上不能放东西, 呢個就係點解…, 所以为什么 — points back to a reason
// just given; its 为什么…不 reproaches no one.
const THAT_IS_WHY = /(这|那|呢个|这个|那个|就|正|也)(就|正)?(是|系)$/;
const thatIsWhy = (ctx: ReplyContext, r: Span): boolean => /^(为什么|为何|点解)/.test(ctx.text.slice(r.start, r.end)) && THAT_IS_WHY.test(ctx.text.slice(Math.max(0, r.start - 4), r.start));

function analyseQuestions(ctx: ReplyContext): QuestionInfo[] {
  let offerCache: Span[] | undefined;
  const offers = (): Span[] => (offerCache ??= offerSpans(ctx));
  return ctx.sentences.map((sentence, index) => {
    const inside = (s: Span) => s.start >= sentence.start && s.start < sentence.end;
    // A "why/how … not" whose not is an A-not-A tag's (我跟您說一下是怎麼回事好不好? — 怎麼…不 ends inside 好不好)
    // asks yes or no about telling her: the tag, not a reproach.
    const intoTag = (r: Span) => ctx.cue('closed_tag').some((t) => r.start < t.start && r.end > t.start && r.end < t.end);
    const rhetorical = ctx.cue('rhetorical').find((r) => inside(r) && !intoTag(r) && !thatIsWhy(ctx, r)) ?? null;
    // Only the clause that asks decides: "I can't refund it without the receipt, but … — do you have the card
    // with you?" declines first and then asks a genuine question.
    // A bare tag ("…, did you?", "…,對吧?") asks about the clause before it.
    const clauses = sentence.clauses;
    const last = clauses.at(-1) ?? sentence;
    const isTag = clauses.length > 1 && ctx.text.slice(last.start, last.end).replace(/[?.!\s,]/g, '').length <= 8;
    const asking = isTag ? { start: (clauses.at(-2) ?? last).start, end: last.end } : last;
    // An offer of help decides only if it is in the clause that asks: 有咩可以幫到你 你話部手機黑屏 係咪完全開唔返機
    // greets, then asks yes or no.
    const offer = offers().some((o) => overlaps(o, asking));
    const harmful = RHETORICAL_MOVES.some((m) => ctx.find(m).some((h) => overlaps(h, asking) && !ctx.isReported(h))) || brushOffAfter(ctx, index);
    const body = sentence.text.replace(/[?.!;\n\s]+$/, '');
    const zh = CJK.test(sentence.text);
    // Cheap check first: a sentence that ends with . or ! is a statement and needs no question-word scan.
    const maybe = sentence.endsWithQuestionMark || !EN_TERMINAL.test(sentence.text);
    if (!maybe) return { sentence, isQuestion: false, open: null, tag: null, rhetorical, harmful, offer };
    const notOpen = ctx.findWith((lex) => lex.moves.ask_open.except);
    // 什麼都可以, 不管怎樣, 我問問護士能不能…: question words that ask the customer nothing.
    const indefinite = ctx.cue('indefinite');
    // …within its own clause: 我哋冇提前通知 你能說說壞了哪些東西嗎 asks, though 冇…說…哪 spans the two.
    const asks = (c: Span) => !indefinite.some((i) => overlaps(i, c) && ctx.clauseOf(i) === ctx.clauseOf(c));
    // A sentence a run-on break started (run-on-breaks.ts) has no punctuation before its wh-word for the cue's ^^.
    const lead = EN_WH_LEAD.exec(sentence.text);
    const cues = lead ? [{ start: sentence.start, end: sentence.start + lead[0].length }, ...ctx.cue('open_question')] : ctx.cue('open_question');
    const opens = cues.filter((c) => inside(c) && asks(c) && !ctx.cue('offer').some((o) => overlaps(o, c)) && !notOpen.some((o) => overlaps(o, c)));
    const open = opens[0] ?? null;
    // 能不能多講一點…, 可唔可以講下當時… wrap a request for the story: the request is open, not yes/no.
    const requests = ctx.find('ask_open');
    // A confirming tag in the middle of a run-on, where the trainee then speaks again (…很不方便對嗎真的很抱歉…,
    // "…didn't open the door for you is that right because I want to…"): the restatement before it is asked.
    const midTag = ctx.cue('restart').find((c) => inside(c) && MID_TAG.test(ctx.text.slice(c.start, c.end))) ?? null;
    // …and so does 可唔可以話我知… / 能不能告訴我… before an open question word: a polite wrapper, not yes/no.
    const wrapsRequest = (c: Span) => open !== null && open.start >= c.end && REQUEST_AFTER.test(ctx.text.slice(c.end, c.end + 8));
    const tag = ctx.cue('closed_tag').find((c) => inside(c) && asks(c) && !requests.some((r) => overlaps(r, c)) && !wrapsRequest(c)) ?? closedAfterOpen(ctx, sentence, open) ?? midTag;
    let isQuestion = sentence.endsWithQuestionMark || midTag !== null;
    if (!isQuestion && zh) {
      // Chat is typed without question marks: an A-not-A form (有冇, 係咪, 是不是, 得唔得) or a question
      // word in the last clause asks, even without a question mark.
      // The last clause after punctuation: a tag before a typed space still asks (那個餐點您有吃下去嗎 還是只有看到).
      const typedLast = clauses.findLast((c) => c.start === sentence.start || ',:;"'.includes(ctx.text.charAt(c.start - 1))) ?? last;
      const inLast = (c: Span | null) => c !== null && c.start >= typedLast.start;
      isQuestion = ZH_PARTICLE_END.test(body) || ZH_TAG_END.test(body) || (ZH_NE_END.test(body) && open !== null) || inLast(tag) || inLast(opens.at(-1) ?? null) || consentBeforeComma(ctx, sentence);
    } else if (!isQuestion) {
      // …or a sentence a run-on break started with an inverted auxiliary ("…how can i help | is the heater still off").
      const aux = ctx.cue('aux_start').some(inside) || EN_AUX_LEAD.test(sentence.text);
      const leads = (c: Span | null) => c !== null && ctx.text.slice(sentence.start, c.start).trim() === '';
      // A run-on typed without a question mark often asks in its last clause ("…, which would you prefer").
      // …or ends on a confirming tag ("you paid by card right").
      isQuestion = aux || leads(open) || EN_OR_NOT_END.test(sentence.text) || EN_WH_ASKS.test(ctx.text.slice(last.start, last.end).trim()) || (!sentence.text.includes(',') && EN_RUNON_ASKS.test(sentence.text)) || (tag !== null && tag.start >= last.start);
    }
    return { sentence, isQuestion, open, tag, rhetorical, harmful, offer };
  });
}

// A wh-word with an inverted auxiliary ("which would you prefer", "when did it arrive"): a question, not a
// relative clause ("which is why…") or a pseudo-cleft ("what I can do is…").
const EN_WH_ASKS =
  /^((so|and|but|ok|okay|also|then|now|just|right|well|alright),? ){0,2}(what|how|when|where|which|who|why)( (long|much|many|time|day|date|one|option|exactly|else|kind of \w+))? ((do|does|did|is|are|was|were|would|will|can|could|should|has|have|had)( not)? (you|we|i|they|he|she|it|this|that|the|your|there)\b|happened)/;
const EN_WH_LEAD = /^(what|how|when|where|which|who|whom|whose|why)\b(?! a )/;
const EN_AUX_LEAD = /^(is|are|was|were|did|does|do|has|have|can|could|would|will) (it|this|that|there|the|your|you|[0-9][a-z0-9]*)\b/;
// A run-on typed without any punctuation ("sorry about the wait i checked your account did you get the email we
// sent"): an inverted auxiliary + you in its middle starts a question, unless a wh-word or if/whether makes it
// an embedded clause ("what did you see", "whether you have").
// "…tomorrow morning would that work for you" / "does that sound ok" asks about the offer just made; "…did the
// engineer turn up at all…" asks what happened.
const EN_RUNON_ASKS =
  /(?<!\b(what|how|when|where|why|which|who|if|whether|that|than|as|whatever|time) )(\b(did|do|does|have|has|can|could|would|will|are|were) you (\w+)|\b(would|will|does|did|is|could|can) (that|this|it) (work|suit|sound|be ok|be okay|be alright|be fine|help|do)\b|\b(did|has|have|does) (the|your|our|anyone|someone|somebody|they|he|she) (\w+ )?(turn|arrive|come|show|call|ring|get|leave|send|say|tell|give|contact|reply|respond|fix|check|deliver|manage|try|explain|mention|offer|text|email)\b)/;
// 可不可以 / 能不能 + a verb of telling: the customer is asked to tell, not to say yes or no.
const REQUEST_AFTER = /^(你)?(再|先|详细|具体|简单)?(告诉|话我知|话给我知|讲|说|描述|形容|解释|分享|讲讲|说说|交代)/;
// A run-on's mid-sentence confirming tag (the restart cue's tag alternatives, not its "let me…").
// A consent tag that closes its own clause (您看這樣行不行,我先幫您退一半運費; 咁樣好唔好,我即刻安排) asks the customer to
// agree to what comes next, though the reply goes on after it.
const ZH_CONSENT_CLAUSE = /(?<!(不管|无论|不论|无所谓)[^,.!?;]{0,8})(这样|咁|那|你看|你觉得)[^,.!?;]{0,4}(行不行|好不好|可不可以|得不得|ok不ok|okay不okay)(呀|啊|呢)?,/;
const consentBeforeComma = (ctx: ReplyContext, sentence: Span): boolean => ZH_CONSENT_CLAUSE.test(ctx.text.slice(sentence.start, sentence.end));
// Singlish and learner English end a yes/no question on "can or not" / "ok or not" with no question mark ("I help you key in
// manually can or not").
const EN_OR_NOT_END = /\b(can|ok|okay) or not[\s.!]*$/;
const MID_TAG = /^(对|是|没错|系|好|可以|可不可以|行|方不方便|得不得|啱不啱|is that|have i|does that|right|is it|can or not|ok or not|okay or not|or not)/;
// The last clause of a sentence that opened with an open question asks yes or no on its own
// (您那边现在是什么情况,水还在漏吗? / "What time was it, and was the box damaged?").
const ZH_YES_NO_CLAUSE = /(吗|么|嘛|没有|了没|过没)[\s?!.]*$/;
const ZH_REQUEST_TAG = /(告诉|说|讲|描述|讲讲|说说|分享|形容|解释|介绍|讲解)|^(好|可以|行|对|是)(吗|么|吧)|^(好不好|可不可以|行不行|对不对|是不是)/;
const EN_YES_NO_CLAUSE = /^(and |also |so |but )?(is|are|was|were|do|does|did|have|has|had|can|could|will|would)( not)? (you|we|i|they|he|she|it|this|that|the|your|there|anyone|anything|someone)\b/;
const EN_TAG_CLAUSE = /^(do|did|can|could) you (remember|recall|know|think)\??$/;

function closedAfterOpen(ctx: ReplyContext, sentence: Sentence, open: Span | null): Span | null {
  if (open === null || sentence.clauses.length < 2) return null;
  const last = sentence.clauses.at(-1) as Span;
  if (open.start >= last.start) return null;
  if (ctx.cue('open_question').some((c) => c.start >= last.start && c.start < last.end)) return null;
  const text = ctx.text.slice(last.start, last.end).replace(/[?.!\s]+$/, '').trim();
  const asks = CJK.test(text) ? ZH_YES_NO_CLAUSE.test(text) && !ZH_REQUEST_TAG.test(text) : EN_YES_NO_CLAUSE.test(text) && !EN_TAG_CLAUSE.test(text) && text.split(' ').length >= 4;
  return asks && (sentence.endsWithQuestionMark || CJK.test(text)) ? last : null;
}

// "Anything else? If not, I have other customers waiting." / 仲有冇嘢呀?冇就走先啦: a question whose
// "no" answer is followed by a brush-off is a way of closing the conversation, not a question.
const IF_NOT = /^\s*(if not|if no|no\?|otherwise|没有?(的话)?,?(就|那就|那)|冇(的话)?就|不然|否则|不是的话)/;
function brushOffAfter(ctx: ReplyContext, index: number): boolean {
  const next = ctx.sentences[index + 1];
  if (!next || !IF_NOT.test(next.text)) return false;
  return ctx.find('rush').some((r) => r.start >= next.start && r.start < next.end && !ctx.isReported(r));
}

/** Offers of help ("有什麼可以幫您?", "What can I do for you today?") are greetings, not questions. */
function offerSpans(ctx: ReplyContext): Span[] {
  // An offer retold (佢話…仲問你有咩幫到你,係咪呀? / "he asked how he could help you?") is the
  // customer's story being checked, not the trainee's greeting.
  return ctx.cue('offer').filter((o) => {
    const clause = ctx.clauseOf(o);
    return !ctx.isReported(o) && !RETOLD_ASK.test(ctx.text.slice(clause.start, o.start));
  });
}

const RETOLD_ASK = /(问|asked|asks)/;
