// Where an English reply typed without punctuation starts a new sentence. Trainees type "hi this is amy from
// the front desk how can i help is the heater still off" as one clause: the offer of help, the greeting and the
// question share it, so the question was read as part of the greeting (an offer is not a question), or not at
// all. A break goes where a question evidently starts again:
// - after an offer of help ("how can i help", "what can i do for you today"), when more words follow;
// - before a wh-word with an inverted auxiliary ("…sorry about that what time did the engineer say…", "…went
//   past you which stop was it"), unless
//   a word before it makes it an embedded clause ("tell me what did…", "i know how…");
// - before an inverted auxiliary right after a time word, a thanks or an apology ("…tomorrow morning does 9am work
//   for you", "…with an update is this the best number…", "…sorry about that is the boiler still off"), where a
//   statement cannot go on that way.
// Chinese run-ons are split by typed spaces (typed-spaces.ts); these breaks are for Latin text only.
import type { Span } from './span.ts';

const WORD_START = /(?<=[a-z0-9] )[a-z]/g;
const WH_ASKS =
  /^(what|how|when|where|which|who|why)( (long|much|many|often|time|day|date|exactly|else|kind of [a-z]+|sort of [a-z]+))? (do|does|did|is|are|was|were|would|will|can|could|should|has|have|had)( not)? (you|we|i|they|he|she|it|this|that|the|your|there)\b|^what (happened|seems to be)\b|^(which|what|whose)( [a-z]+){1,2} (do|does|did|is|are|was|were|would|will|can|could) (you|it|they|he|she|we|that|this|there)\b/;
// Words after which a wh-question is reported or embedded, not asked: "tell me what did he say", "know how".
const EMBEDS = /\b(know|knew|tell|told|ask|asked|asking|see|saw|understand|wonder|wondering|sure|idea|explain|remember|find out|check|checking|is|was|are|were|about|of|if|whether|me|us|him|her|them|and|or|but|to|what|how|when|where|which|who|why|exactly|matter|regardless|no)$/;
const AUX_ASKS = /^(is|are|was|were|did|does|do|has|have|can|could|would|will) (it|this|that|there|the|your|you|[0-9][a-z0-9]*)\b/;
// A statement does not continue with an inverted auxiliary after these words.
// …nor after an apology that closes its own clause ("…sorry about that is the boiler still off").
const CLAUSE_END = /\b(today|tomorrow|tonight|morning|afternoon|evening|now|again|already|please|anyway|yet|update|thanks|[0-9]+ ?(am|pm)|am|pm|(sorry|apologies) (about|for) (that|this|it|the (wait|delay|trouble|inconvenience|mix-up|mess|leak|noise)))$/;
const OFFER_TAIL = /^(you|today|with|there|for you|this (morning|afternoon|evening))\b/;
const SUBJECT = /\b(it|he|she|they|we|i|you|that|there|which|who|what|this|where|when|how)$/;
const STRONG_AUX = /^(is|was) (this|that) (still )?(the )?(best|right|correct|same|only|number|address)\b/;

/** Folded offsets where a new sentence starts inside an unpunctuated English stretch; `offers` are the offer-of-help cues. */
export function runOnBreaks(text: string, offers: readonly Span[]): Set<number> {
  const out = new Set<number>();
  if (!/[a-z] [a-z]/.test(text)) return out;
  // One pass, linear in the reply: where the current unpunctuated stretch and the current sentence began.
  let scanned = 0;
  let stretch = 0;
  let sentence = 0;
  for (const m of text.matchAll(WORD_START)) {
    const at = m.index;
    for (; scanned < at; scanned++) if (PUNCT.test(text.charAt(scanned))) stretch = sentence = scanned + 1;
    if (wordsIn(text, stretch, at) < 2) continue;
    const after = text.slice(at, at + 80);
    // The last few words are all the tests below look at (a long run-on must not be rescanned per word).
    const prev = text.slice(Math.max(sentence, at - 40), at).trimEnd();
    const opensWithWh = WH_ASKS.test(text.slice(sentence, Math.min(at, sentence + 80)));
    let breakHere = false;
    if (WH_ASKS.test(after) && !EMBEDS.test(prev)) breakHere = true;
    else if (AUX_ASKS.test(after) && (CLAUSE_END.test(prev) || STRONG_AUX.test(after) || afterOffer(text, offers, at))) breakHere = true;
    else if (afterOffer(text, offers, at) && !OFFER_TAIL.test(after) && after.split(' ').length >= 3) breakHere = true;
    // A second question after a wh-question ("what happened with the parcel | did it arrive damaged").
    else if (AUX_ASKS.test(after) && opensWithWh && !SUBJECT.test(prev)) breakHere = true;
    if (breakHere) {
      out.add(at);
      sentence = at;
    }
  }
  // lex29 (issue 12, blind29): an emoji typed between two clauses of chat ends the first when a question starts after
  // it ("ugh that sounds awful 😣 what did the driver say?"), as a full stop would; the question is then read on its own.
  for (const m of text.matchAll(EMOJI_THEN_WORD)) {
    const at = m.index + m[0].length;
    const after = text.slice(at, at + 80);
    if (at > 0 && (WH_ASKS.test(after) || AUX_ASKS.test(after))) out.add(at);
  }
  return out;
}

const EMOJI_THEN_WORD = /\p{Extended_Pictographic}(?:\u{FE0F}|\p{Emoji_Modifier})* +(?=[a-z])/gu;

const PUNCT = /[.,!?;:"\n]/;

/** At least how many words lie between `from` and `to` (counts up to 3: a break needs two words before it). */
function wordsIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && n < 3; i++) if (text.charAt(i) === ' ') n++;
  return n;
}

/** `at` starts the word after an offer of help, allowing "you", "today", "with that" to finish the offer. */
function afterOffer(text: string, offers: readonly Span[], at: number): boolean {
  return offers.some((o) => o.end <= at && /^( (you|today|with|there|for you|you today|with that|with today|this (morning|afternoon|evening)))* $/.test(text.slice(o.end, at)));
}
