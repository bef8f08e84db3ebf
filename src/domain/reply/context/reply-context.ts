// What every rule sees: the folded reply, its sentences, and cached lexicon look-ups.
import type { MoveId } from '../moves.ts';
import type { CompiledLexicon } from '../lexicon/compile-lexicon.ts';
import { stampCurrent, stampKeys } from '../lexicon/gate-index.ts';
import { currentSearchMode, searchPattern, type GroupSpan, type LexPattern } from '../lexicon/lex-pattern.ts';
import type { CueId, Language } from '../lexicon/lexicon.types.ts';
import type { FoldedText } from '../text/normalize.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { runOnBreaks } from './run-on-breaks.ts';
import { runOnClauses } from './run-on-clauses.ts';
import { typedSpaces } from './typed-spaces.ts';
import { contains, overlaps, type Span } from './span.ts';

/** A span found by a lexicon, tagged with the language whose lexicon found it. */
export interface LexSpan extends Span {
  language: Language;
  /** The lexicon entry whose pattern matched (data/lexicon). */
  entry: string;
}

const HAN = /[\u3400-\u9fff]/;

// A clause in which the trainee says what they will do (我們今天就處理, 我會…, "we'll fix it today"), maybe after what
// else it is about (lex32, blind33: 我記下來了，其他的我們再研究研究 — the rest is the trainee's plan, not her story).
const OWN_CLAUSE = /^\s*(这次|今次|现在|那|那么|所以|不过|但|但是|this time|now|so|but)?[\s,]*((其他|其余|其它|剩下|别的)(的)?(事|事情|问题|部分)?)?((我|我们)[^,.!?:;的]{0,6}?(会|将|就|马上|即刻|立即|今天|明天|先|来|再|帮你|给你)|(i|we) (will|can|am going to|are going to)\b)/;
// …unless the sentence goes on to a promise that was broken (结果, 但是, 却, 点知, "but nobody came").
const BROKEN_PROMISE = /(结果|但是|却|可是|点知|谁知|怎知|but|only to|yet)/;

// lex31 (blind23 s072 s193, blind27 u111, harm25 h103 h201): the same promise with its subject dropped, as a clause after
// 'noted' (已经记录了，会尽快给您答复; 记下了，改天再联系您; 回头给您回话) — the trainee answering, not her words.
const OWN_CLAUSE_NO_SUBJECT = /^\s*((会|将)(尽快|尽量|马上|稍后|再|给你|帮你|跟进|处理|通知|回复|答复|联系|安排|有专人|有人)|(稍后|回头|改天|迟些|迟点|晚些|后续|有消息)[^,.!?:;]{0,6}?(回复|答复|通知|联系|回话|跟进|处理|回电|打给|覆你))/;

// lex31 (blind23 s072 s193, blind27 u111, harm25 h074 h201 h286): a retelling that is only the topic of the trainee's own
// sentence — 您反映的问题…, 您说的这个情况…, 你講嗰個噪音問題… — names what she raised; the comment after it (不属于我们
// 部门, 我们从来没遇到过, 我们批不了) is the trainee's, not her words.
// In English the noun comes first: 'the issue you raised, we've noted it…' — not 'the issue you raised was that…'.
const TOPIC_BEFORE_EN = /\b(the|this|that)( [a-z]+)? (problem|issue|matter|thing|situation|complaint|request|case|fault|delay)s? $/;
const RETOLD_AFTER_EN = /^,? ?(is|was|are|were) (that|about|how|when|where|why|because)\b/;
// Not a person who then speaks (你是说那个客服说「改天再通知你」 retells what the agent said).
const TOPIC_AFTER = /^(的|那个|这个)(这个|那个|这件|那件|这种|个|些)?[^\s,.!?;:"是]{0,4}?(问题|情况|事情|事|要求|投诉|部分|东西|延期|申请|客服|同事|师傅)(?![^,.!?;:"]{0,3}(说|话|讲|叫|告诉|答应|承诺))/;

// A clause whose subject is the trainee, maybe after a connective: the start of a new act in a run-on.
const NEW_SUBJECT = /^\s*((不过|但是|但系|但|可是|然后|跟住|接着|另外|同埋|而且|所以|and|but|so|then)?\s*(我|我们|我这边|我们这边|(i|we|let me)(?![a-z]))(?![的地])|不过|另外|此外)/;

// A clause that turns from her story to the trainee's answer (不过…, 但是…, "but…").
const TURN = /^\s*(不过|但是|但系|but)(?![a-z])/;

export class ReplyContext {
  readonly text: string;
  readonly sentences: Sentence[];
  private readonly moveCache = new Map<MoveId, LexSpan[]>();
  private readonly cueCache = new Map<CueId, LexSpan[]>();
  private stamp = Number.NaN;
  private readonly memos = new Map<(ctx: ReplyContext) => unknown, unknown>();

  constructor(
    readonly folded: FoldedText,
    /** Lexicons of the languages present in the reply (Chinese, English or both). */
    readonly lexicons: readonly CompiledLexicon[],
  ) {
    this.text = folded.text;
    const breaks = /[a-z] [a-z]/.test(folded.text) ? runOnBreaks(folded.text, this.cue('offer').filter((o) => o.language === 'en')) : undefined;
    const clauses = typedSpaces(folded);
    if (HAN.test(folded.text)) for (const at of runOnClauses(folded.text)) clauses.add(at);
    this.sentences = splitSentences(folded.text, clauses, breaks);
  }

  /** `compute(this)`, worked out once per reply (for analyses several rules share, like the questions). */
  memo<T>(compute: (ctx: ReplyContext) => T): T {
    if (this.memos.has(compute)) return this.memos.get(compute) as T;
    const value = compute(this);
    this.memos.set(compute, value);
    return value;
  }

  /** Matches of a move's lexicon, minus those an `except` pattern overlaps. */
  find(move: MoveId): LexSpan[] {
    let hit = this.moveCache.get(move);
    if (!hit) {
      hit = [];
      for (const lex of this.lexicons) {
        const { match, except } = lex.moves[move];
        const found = this.scan(match);
        if (found.length === 0) continue;
        const vetoes = this.scan(except);
        for (const s of found) if (!vetoes.some((v) => overlaps(v, s))) hit.push({ start: s.start, end: s.end, language: lex.language, entry: s.entry });
      }
      this.moveCache.set(move, hit);
    }
    return hit;
  }

  /** Matches of any of `moves` that start at or after `from` and inside the sentence holding `span`. */
  laterInSentence(span: Span, moves: readonly MoveId[], from: number = span.end): LexSpan[] {
    const sentence = this.sentenceOf(span);
    return moves.flatMap((move) => this.find(move).filter((s) => s.start >= from && s.start < sentence.end));
  }

  /** Matches of a context cue (negation, reported speech, question words…). */
  cue(id: CueId): LexSpan[] {
    let hit = this.cueCache.get(id);
    if (!hit) {
      hit = [];
      for (const lex of this.lexicons) for (const s of this.scan(lex.cues[id])) hit.push({ start: s.start, end: s.end, language: lex.language, entry: s.entry });
      this.cueCache.set(id, hit);
    }
    return hit;
  }

  /** Matches of an arbitrary compiled pattern per language (used by greet and forbidden phrases). */
  findWith(pick: (lex: CompiledLexicon) => LexPattern | null | undefined): LexSpan[] {
    const out: LexSpan[] = [];
    for (const lex of this.lexicons) for (const s of this.scan(pick(lex))) out.push({ start: s.start, end: s.end, language: lex.language, entry: s.entry });
    return out;
  }

  /** Matches of one compiled pattern (only its alternatives whose gate the reply passes are searched). */
  scan(pattern: LexPattern | null | undefined): GroupSpan[] {
    if (currentSearchMode() === 'gated' && !stampCurrent(this.stamp)) this.stamp = stampKeys(this.text, this.lexicons.map((l) => l.language));
    return pattern ? searchPattern(pattern, this.text) : [];
  }

  sentenceOf(span: Span): Sentence {
    return this.sentences.find((s) => span.start >= s.start && span.start < s.end) ?? (this.sentences[0] as Sentence);
  }

  /**
   * The stretch of the span's sentence that one speaker's act fills: a run-on typed as one line (李太真係好抱歉 我哋即刻
   * 派人封咗個位 我哋會全數負責…你話幾多就幾多) or joined by commas holds several acts, and a clause where the trainee
   * starts again as the subject (我…, 我哋…, 不過我…, 然後我哋…) begins a new one. A blank cheque, an "if we can" or a
   * retelling in one act does not reach into the next. Sarcasm and the sentence's question mark keep the whole sentence.
   */
  unitOf(span: Span, opens: RegExp = NEW_SUBJECT): Span {
    const sentence = this.sentenceOf(span);
    let start = sentence.start;
    let end = sentence.end;
    for (const c of sentence.clauses) {
      if (c.start === sentence.start || !opens.test(this.text.slice(c.start, c.start + 8))) continue;
      if (c.start <= span.start) start = c.start;
      else if (c.start < end) {
        end = c.start;
        break;
      }
    }
    return { start, end };
  }

  clauseOf(span: Span): Span {
    const sentence = this.sentenceOf(span);
    return sentence.clauses.find((c) => span.start >= c.start && span.start < c.end) ?? sentence;
  }

  /** Cue matches inside the given span. */
  cueIn(id: CueId, within: Span): LexSpan[] {
    return this.cue(id).filter((c) => contains(within, c) || overlaps(within, c));
  }

  /** True if the cue occurs in the span's sentence (or clause) before or overlapping the span. */
  cueBefore(id: CueId, span: Span, scope: 'sentence' | 'clause' = 'sentence'): boolean {
    const area = scope === 'sentence' ? this.sentenceOf(span) : this.clauseOf(span);
    return this.cue(id).some((c) => c.start >= area.start && c.start <= span.start && c.start < span.end);
  }

  /** True if the cue occurs in the span's sentence after the span. */
  cueAfter(id: CueId, span: Span): boolean {
    const area = this.sentenceOf(span);
    return this.cue(id).some((c) => c.start >= span.end && c.end <= area.end);
  }

  /**
   * Quoting is not doing (docs/training-model.md#quoting-is-not-doing): a harmful wording inside reported speech — 他們說是工程部的事,
   * "sales told you to call engineering" — restates the customer's story; it is not the trainee's act.
   */
  isReported(span: Span, scope: 'sentence' | 'clause' = 'sentence'): boolean {
    // A retelling in an earlier act of a run-on (您刚才说是周三的快递…是吧 不过物流这块您得自己去问) does not quote the next one.
    const sentence = this.sentenceOf(span);
    // (Only a turn ends it: in 您提到想装感应灯,这个需要业委会决定,我没法当场答应 the trainee still answers her point.)
    const area = scope === 'clause' ? this.clauseOf(span) : sentence.endsWithQuestionMark ? sentence : this.unitOf(span, TURN);
    // In a run-on typed without punctuation, the trainee taking the floor again (…對嗎真係好抱歉,
    // "…let me take this over") ends the retelling that an earlier cue opened.
    const restarts = this.cue('restart').filter((r) => r.start >= area.start && r.start <= span.start);
    const open = (c: Span) => !restarts.some((r) => r.start >= c.end);
    if (this.cue('reported').some((c) => c.start >= area.start && c.start <= span.start && c.start < span.end && open(c) && !this.speaksAgain(c, span))) return true;
    // A sentence the trainee opened as a paraphrase (所以您…, 也就是說, "So the guard told you…")
    // restates the customer's story, so what follows in it is quoted too — until the trainee speaks again (speaksAgain).
    return this.find('paraphrase').some((p) => p.start >= area.start && p.start < span.start && open(p) && !this.speaksAgain(p, span) && !this.topicOnly(p, span));
  }

  /** A retelling that is only the topic noun of the trainee's sentence (您反映的问题…) quotes nothing after that noun. */
  topicOnly(p: Span, span: Span): boolean {
    if (this.sentenceOf(span).endsWithQuestionMark) return false;
    const topic = TOPIC_AFTER.exec(this.text.slice(p.end, p.end + 16));
    if (topic !== null) return p.end + topic[0].length <= span.start;
    return TOPIC_BEFORE_EN.test(this.text.slice(Math.max(0, p.start - 30), p.start)) && !RETOLD_AFTER_EN.test(this.text.slice(p.end, p.end + 20));
  }

  /**
   * After a retelling cue or a paraphrase opener, a later clause of the same sentence where the trainee says what
   * they will do (您說的晚上看不清，我們今天就處理：…): her words were the heading, the plan is the trainee's. Not in a
   * sentence that asks, or that turns to a promise broken (你話我哋會派人上門，結果冇人嚟).
   */
  speaksAgain(cue: Span, span: Span): boolean {
    const sentence = this.sentenceOf(span);
    if (sentence.endsWithQuestionMark || BROKEN_PROMISE.test(sentence.text)) return false;
    return sentence.clauses.some((c) => {
      if (c.start < cue.end || c.start > span.start) return false;
      const clause = this.text.slice(c.start, c.end);
      if (OWN_CLAUSE.test(clause)) return true;
      // (Inside quotation marks the subjectless promise is someone else's: 那个客服说「改天再通知你」.)
      return OWN_CLAUSE_NO_SUBJECT.test(clause) && (this.text.slice(0, c.start).match(/"/g)?.length ?? 0) % 2 === 0;
    });
  }

  /**
   * A sentence opened as a paraphrase and closed as a question ("So, to confirm: … — have I got that
   * right?") restates the customer's story as a whole, so a promise or an owner inside it is quoted.
   */
  isRestatement(span: Span): boolean {
    const sentence = this.sentenceOf(span);
    return sentence.endsWithQuestionMark && this.find('paraphrase').some((p) => p.start >= sentence.start && p.start < span.start);
  }

  /** Maps a folded span back to the original text. */
  original(span: Span): Span {
    const { starts, ends, original } = this.folded;
    const start = starts[span.start] ?? original.length;
    const end = span.end > span.start ? (ends[span.end - 1] ?? start) : start;
    return { start, end };
  }
}
