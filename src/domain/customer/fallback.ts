// A fallback offered beside the offer on the table — "If it's too late, I can book you first thing tomorrow
// morning instead", 如果您覺得太晚了，我也可以幫您改到明天上午 — is an alternative for the customer to choose,
// not a new offer that withdraws the first: she goes on weighing the sooner one (定: a solution both sides
// accept, docs/training-model.md#step-solve; docs/training-model.md#phone-complaint-call step 4, let them choose). Read on the original reply.
import type { Span } from '../reply/context/span.ts';
import { compareWhen } from '../reading/times.ts';
import type { TurnDraft } from './turn-draft.ts';

/** A sentence that opens on a condition or an alternative: if…, in case…, otherwise…, 如果…, 萬一…, 不然…. */
const FALLBACK_OPENER =
  /^[\s"'“”「」(（]*((and|but|or|so|also|ok|okay)[,\s]+)?(if|in case|otherwise|alternatively|failing that|should (it|that|this))\b|^[\s"'“”「」(（]*(而且|不過|不过|但|或者|或)?(如果|假如|要是|萬一|万一|若果|若是|假使|如|倘若|不然|否則|否则|再不然|實在|实在)/i;

/** The sentences of the reply that offer a fallback (spans in the original text). */
export function fallbackSentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^.!?。！？\n]+[.!?。！？\n]*/g;
  for (const m of text.matchAll(re)) {
    if (FALLBACK_OPENER.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * The reply proposes only inside fallback sentences, and names no time sooner than the offer already on the
 * table: the offer on the table stands as it was ("If it's too late, I can book you tomorrow instead" after
 * "he'll be back in ten minutes" leaves "in ten minutes" to be weighed; "if that's too late, I can send it
 * today" after "tomorrow" is an offer of its own, weighed as usual).
 */
export function onlyAFallback(draft: TurnDraft): boolean {
  const table = draft.sim.offer;
  if (!table || table.status === 'refused' || table.when === null) return false;
  const { reading, text } = draft;
  const fallback = fallbackSentences(text);
  if (fallback.length === 0) return false;
  const inside = (s: Span) => fallback.some((f) => s.start >= f.start && s.end <= f.end);
  const proposals = reading.evidence.filter((e) => e.move === 'propose_solution' || e.move === 'take_ownership');
  if (proposals.length === 0 || !proposals.every(inside)) return false;
  const when = table.when;
  return reading.details.times.every((t) => inside(t) && compareWhen(t.when, when) > 0);
}
