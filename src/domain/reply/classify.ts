// The reply classifier: which moves a trainee's reply makes and which forbidden phrases it uses,
// with the exact words behind every verdict. Deterministic, offline, pure.
import { ReplyContext } from './context/reply-context.ts';
import { matchForbidden } from './forbidden/match-forbidden.ts';
import { compileExtension, compileLexicon, extendLexicon, type CompiledLexicon } from './lexicon/compile-lexicon.ts';
import { lexiconData } from './lexicon/lexicon-data.ts';
import type { Language, LexiconExtension } from './lexicon/lexicon.types.ts';
import { MOVE_IDS, type MoveId } from './moves.ts';
import type { Evidence, ForbiddenHit, Locale, ReplyAnalysis } from './reply.types.ts';
import { RULES } from './rules/index.ts';
import { grantedInAHuff } from './rules/own-voice.ts';
import { detectLocale } from './text/detect-locale.ts';
import { normalize } from './text/normalize.ts';

export type { LexiconExtension } from './lexicon/lexicon.types.ts';

export interface ClassifyOptions {
  /** Locale hint (UI language); the reply's own text decides, the hint breaks ties. */
  locale?: Locale;
}

export type Classifier = (text: string, options?: ClassifyOptions) => ReplyAnalysis;

const HAN = /[\u3400-\u9fff]/;
const LATIN = /[a-z]{2,}/;

const shipped: Partial<Record<Language, CompiledLexicon>> = {};

/** A shipped lexicon, compiled once per process when a reply in its language first needs it. */
const shippedLexicon = (language: Language): CompiledLexicon => (shipped[language] ??= compileLexicon(lexiconData(language), language));

/**
 * Builds a classifier. The shipped lexicons compile once per process, each on first use (a trainee
 * who only types Chinese never pays for the English one); a scenario's extra phrases (LexiconExtension)
 * are compiled here — an invalid one throws now, not at the first reply — and appended per
 * classifier, so each scenario gets its own without touching the shared data, and the studio can
 * rebuild one on every edit.
 */
export function createClassifier(extension?: LexiconExtension): Classifier {
  const extra = { zh: compileExtension(extension, 'zh'), en: compileExtension(extension, 'en') };
  const own: Partial<Record<Language, CompiledLexicon>> = {};
  const lexicon = (language: Language): CompiledLexicon => (own[language] ??= extendLexicon(shippedLexicon(language), extra[language]));

  return (text, options = {}) => {
    const folded = normalize(text);
    const lexicons: CompiledLexicon[] = [];
    if (HAN.test(folded.text)) lexicons.push(lexicon('zh'));
    if (LATIN.test(folded.text)) lexicons.push(lexicon('en'));
    const locale = detectLocale(text, options.locale, folded.traditional);
    if (lexicons.length === 0) return { locale, acts: [], forbidden: [], evidence: [] };

    const ctx = new ReplyContext(folded, lexicons);
    const evidence: Evidence[] = [];
    for (const rule of RULES) {
      for (const f of rule.detect(ctx)) {
        const { start, end } = ctx.original(f);
        evidence.push({ move: rule.move, rule: f.rule ?? rule.id, start, end, ...(f.entry ? { entry: f.entry } : {}) });
      }
    }
    const forbidden: ForbiddenHit[] = matchForbidden(ctx).map((h) => {
      const span = ctx.original(h);
      const p = h.phrase.phrase;
      // A listed wording implies its harmful move too (docs/training-model.md#implied-moves), e.g. 你別激動 → dismiss_emotion — unless what
      // follows redeems it (我不知道,但我會查清楚今晚覆你 says the phrase and commits).
      if (h.implies) evidence.push({ move: p.implies, rule: `forbidden/${p.id}`, start: span.start, end: span.end });
      return {
        list: p.list,
        id: p.id,
        phrase: p.phrase[locale],
        matched: text.slice(span.start, span.end),
        start: span.start,
        end: span.end,
        implies: p.implies,
        better: p.better[locale],
        source: h.phrase.source,
      };
    });
    evidence.sort((a, b) => a.start - b.start || a.end - b.end || a.move.localeCompare(b.move));
    const read = withoutMockery(ctx, evidence);
    const found = new Set<MoveId>(read.map((e) => e.move));
    return { locale, acts: MOVE_IDS.filter((m) => found.has(m)), forbidden, evidence: dedupe(read) };
  };
}

/**
 * In a sarcastic sentence (滿意未?, "happy now?", 行行行你說的都對) the apology, thanks, agreement and
 * questions are mockery: they are not credited, "it's all our fault" is not taking on liability, and "I'll
 * make sure it never rains on your delivery day again" is not a promise.
 */
const MOCKED = new Set<MoveId>(['apologize', 'thank', 'empathize', 'acknowledge', 'paraphrase', 'ask_open', 'ask_closed', 'ask_preference', 'premature_liability', 'propose_solution', 'overpromise', 'take_ownership']);
function withoutMockery(ctx: ReplyContext, evidence: Evidence[]): Evidence[] {
  const sarcasm = ctx.cue('sarcasm');
  if (sarcasm.length === 0) return evidence;
  const mockedAt = new Set<number>();
  ctx.sentences.forEach((s, i) => {
    const tags = sarcasm.filter((c) => c.start >= s.start && c.start < s.end);
    if (tags.length === 0) return;
    mockedAt.add(i);
    // A taunt standing alone ("Fine, it's all our fault. Happy now?", "全部係我哋錯。滿意未?") mocks the
    // sentence before it: little but the taunt is left in its own sentence.
    const rest = ctx.text.slice(s.start, s.end).length - tags.reduce((n, c) => n + (Math.min(c.end, s.end) - c.start), 0);
    if (i > 0 && rest <= 4) mockedAt.add(i - 1);
  });
  const mocked = ctx.sentences.filter((_s, i) => mockedAt.has(i)).map((s) => ctx.original(s));
  // …except a remedy granted in a word (退錢俾你，滿意未?): the refund still happens (rules/own-voice.ts).
  return evidence.filter((e) => grantedInAHuff(e) || !(MOCKED.has(e.move) && mocked.some((s) => e.start >= s.start && e.start < s.end)));
}

/** Drops repeats of the same move, rule and span; `evidence` is sorted, so repeats sit together. */
function dedupe(evidence: Evidence[]): Evidence[] {
  const out: Evidence[] = [];
  for (const e of evidence) {
    let repeat = false;
    for (let i = out.length - 1; i >= 0; i--) {
      const o = out[i] as Evidence;
      if (o.start !== e.start || o.end !== e.end || o.move !== e.move) break;
      if (o.rule === e.rule) {
        repeat = true;
        break;
      }
    }
    if (!repeat) out.push(e);
  }
  return out;
}

let shared: Classifier | undefined;

/** The classifier with the shipped lexicons only (compiled on first use). */
export const classifyReply: Classifier = (text, options) => (shared ??= createClassifier())(text, options);
