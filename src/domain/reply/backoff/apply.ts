// Where the back-off meets the reader (classify.ts): a learned move is added only where the lexicon heard no wording for it,
// only with spans of the trainee's own words, and never against what the rules already decided — no apology, thanks
// or empathy in a reply read as sarcasm, no words inside a quotation the trainee retells, no words in a clause the
// reader knows is negated (for moves a negation undoes).
import type { ReplyContext } from '../context/reply-context.ts';
import type { Span } from '../context/span.ts';
import { isHarmful, type MoveId } from '../moves.ts';
import type { Evidence } from '../reply.types.ts';
import { quotedRetelling } from '../rules/quoted.ts';
import { backoffCandidates, compileBackoff, type BackoffModel, type CompiledBackoff } from './backoff.ts';
import modelData from './model.json' with { type: 'json' };

/** Moves that sarcasm mocks (the same list classify.ts drops in a sarcastic sentence). */
const MOCKABLE = new Set<MoveId>(['apologize', 'thank', 'empathize', 'acknowledge', 'paraphrase', 'ask_open', 'ask_closed', 'ask_preference', 'premature_liability', 'propose_solution', 'overpromise', 'take_ownership']);
/** Moves a negation in their clause undoes (不是你的錯 is no blame, "I'm not sorry" no apology). */
const NEGATABLE = new Set<MoveId>(['apologize', 'thank', 'empathize', 'take_ownership', 'blame_customer', 'blame_colleague', 'premature_liability', 'escalate']);
/** Moves whose own words are a retelling: a paraphrase is her words, so reported speech is its evidence, not against it. */
const RETELLS = new Set<MoveId>(['paraphrase', 'acknowledge', 'ask_closed']);
/**
 * Questions: learned only in a sentence that asks, not in a restatement closed as a question ("so you'd rather…, right?"),
 * not in a reply the rules read as harmful, where a question is mostly rhetorical (您当时咋不检查一下呢?, 你想我點呀？), and
 * not where the rules already read a question of another kind (請問…有跟您說他叫什麼名字嗎? is closed, not open).
 */
const ASKS = new Set<MoveId>(['ask_open', 'ask_closed', 'ask_preference']);
/** At most this many spans are shown as the words that earned a learned move. */
const MAX_SPANS = 3;

let compiled: CompiledBackoff | undefined;
/** The shipped model, compiled on first use. */
export const shippedBackoff = (): CompiledBackoff => (compiled ??= compileBackoff(modelData as unknown as BackoffModel));

/** The evidence of the moves the back-off adds (rule `backoff/<move>`, spans in the original text), in text order. */
export function backoffEvidence(
  ctx: ReplyContext,
  found: ReadonlySet<MoveId>,
  model: CompiledBackoff = shippedBackoff(),
  thresholds?: readonly (number | null)[],
  /** Told each added move's probability (the trainer's cross-validation). */
  onAdded?: (move: MoveId, p: number) => void,
): Evidence[] {
  const candidates = backoffCandidates(model, ctx.text, found, thresholds, ctx.sentences);
  if (candidates.length === 0) return [];
  const sarcastic = ctx.cue('sarcasm').length > 0;
  const harmful = [...found].some(isHarmful) || ctx.cue('rhetorical').length > 0;
  const out: Evidence[] = [];
  for (const c of candidates) {
    if (sarcastic && MOCKABLE.has(c.move)) continue;
    if (ASKS.has(c.move) && (harmful || [...found].some((m) => ASKS.has(m)))) continue;
    // Where the lexicon heard a wording for the move and a rule set it aside (thanks for understanding a refusal,
    // a promise retold as broken, "I'm listening, but…"), the rules decided: the back-off speaks only where they were silent.
    if (ctx.find(c.move).length > 0) continue;
    const spans: Span[] = [];
    // The strongest few words only: a move carried by words the checks all set aside is not added (and a 2,000-character
    // run-on does not pay for checking every word it has).
    for (const f of c.support.slice(0, 2 * MAX_SPANS)) {
      if (spans.length >= MAX_SPANS) break;
      const span = { start: f.start, end: f.end };
      if (!RETELLS.has(c.move) && (quotedRetelling(ctx, span) || ctx.isReported(span, 'clause'))) continue;
      if (NEGATABLE.has(c.move) && ctx.cueBefore('negation', span, 'clause')) continue;
      if (ASKS.has(c.move) && (!ctx.sentenceOf(span).endsWithQuestionMark || ctx.isRestatement(span))) continue;
      spans.push(span);
    }
    if (spans.length > 0) onAdded?.(c.move, c.p);
    for (const s of mergeSpans(spans)) {
      const { start, end } = ctx.original(s);
      out.push({ move: c.move, rule: `backoff/${c.move}`, start, end });
    }
  }
  return out;
}

/** Overlapping or touching spans become one (我理解 and 理解您 show as 我理解您). */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
