// Finds the listed forbidden phrases of docs/training-model.md#forbidden-phrases (the ten forbidden sentences, the sentences to
// avoid with an angry customer, the service mistakes) in a reply, in any script or punctuation.
import data from '../data/forbidden-phrases.json' with { type: 'json' };
import type { ReplyContext } from '../context/reply-context.ts';
import { overlaps, type Span } from '../context/span.ts';
import { compileAlternation, compileUnion, type LexPattern } from '../lexicon/compile-lexicon.ts';
import type { Language } from '../lexicon/lexicon.types.ts';
import type { ForbiddenData, ForbiddenPhrase } from './forbidden.types.ts';

export interface CompiledPhrase {
  phrase: ForbiddenPhrase;
  source: string;
  unless: Partial<Record<Language, LexPattern | null>>;
  redeemedBy: Partial<Record<Language, LexPattern | null>>;
}

export interface RawForbiddenHit extends Span {
  phrase: CompiledPhrase;
  /** False when a redeemer follows in the sentence: the phrase is flagged, its move is not implied. */
  implies: boolean;
}

const LANGUAGES: Language[] = ['zh', 'en'];
let compiled: CompiledPhrase[] | undefined;
let unions: Partial<Record<Language, LexPattern | null>> | undefined;
let negators: Partial<Record<Language, LexPattern | null>> | undefined;

/** Wordings that, earlier in the same clause, say the listed phrase is not said (我不會跟您說…, 不用您再去…). */
function negatorsOf(language: Language): LexPattern | null {
  negators ??= {};
  if (negators[language] === undefined) {
    negators[language] = compileAlternation((data as ForbiddenData).negated?.[language] ?? [], language, 'forbidden negated');
  }
  return negators[language] ?? null;
}

/** One pattern per language over every phrase; a match's group is the phrase's index. */
function phraseUnion(language: Language): LexPattern | null {
  unions ??= {};
  if (unions[language] === undefined) {
    unions[language] = compileUnion(forbiddenPhrases().map((p) => p.phrase.match[language] ?? []), language, 'forbidden');
  }
  return unions[language] ?? null;
}


export function forbiddenPhrases(): CompiledPhrase[] {
  if (!compiled) {
    const d = data as ForbiddenData;
    compiled = d.phrases.map((phrase) => {
      const unless: CompiledPhrase['unless'] = {};
      const redeemedBy: CompiledPhrase['redeemedBy'] = {};
      for (const lang of LANGUAGES) {
        unless[lang] = compileAlternation(phrase.unless?.[lang] ?? [], lang, `forbidden ${phrase.id} unless`);
        redeemedBy[lang] = compileAlternation(phrase.redeemedBy?.[lang] ?? [], lang, `forbidden ${phrase.id} redeemedBy`);
      }
      return { phrase, source: d.lists[phrase.list].source, unless, redeemedBy };
    });
  }
  return compiled;
}

// Her words as the bare topic of the trainee's own sentence (您說的我都知道了, 你講嘅嘢我都知晒): the clause opens with
// them and goes straight on to 我, so what follows is the trainee speaking, not her words retold (lexF, blind41 b41-134).
const TOPIC_ONLY = /^\s*你(说|讲|提|提到|讲到|反映)的(这些|那些|这个|话|事|事情|情况|问题|东西|嘢)?[\s,]*$/;

function spokenOverTopic(text: string, clauseStart: number, span: Span): boolean {
  return text.startsWith('我', span.start) && TOPIC_ONLY.test(text.slice(clauseStart, span.start));
}

/** Hits in the folded text; quoted speech, negated wordings and 'unless' contexts dropped, 'redeemedBy' contexts marked; overlaps keep the longest. */
export function matchForbidden(ctx: ReplyContext): RawForbiddenHit[] {
  const hits: RawForbiddenHit[] = [];
  const phrases = forbiddenPhrases();
  for (const lex of ctx.lexicons) {
    for (const { group, start, end } of ctx.scan(phraseUnion(lex.language))) {
      const span = { start, end };
      if (group < 0) continue;
      const phrase = phrases[group] as CompiledPhrase;
      const clause = ctx.clauseOf(span);
      if (ctx.isReported(span) && !spokenOverTopic(ctx.text, clause.start, span)) continue;
      const sentence = ctx.sentenceOf(span);
      // The wording the trainee says they will not say may be quoted (我不會跟您說「這不可能」): the opening quote ends the
      // clause, so a negator just before it, with only the open quote between, vetoes the phrase inside (lex32, blind33).
      const quotedAfter = (n: Span) => n.start >= sentence.start && /^[\s,:]*"[^"]*$/.test(ctx.text.slice(n.end, span.start));
      if (ctx.scan(negatorsOf(lex.language)).some((n) => (n.start >= clause.start || quotedAfter(n)) && n.end <= span.start)) continue;
      const later = (u: Span) => u.start >= span.start && u.start < sentence.end;
      if (ctx.scan(phrase.unless[lex.language]).some(later)) continue;
      hits.push({ start, end, phrase, implies: !ctx.scan(phrase.redeemedBy[lex.language]).some(later) });
    }
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RawForbiddenHit[] = [];
  for (const h of hits) if (!kept.some((k) => overlaps(k, h))) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}
