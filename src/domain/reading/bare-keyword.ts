// A remedy's words listed, not said (scen15r): "儲物室，一視同仁，今日五點我負責" names the storage room, the
// same rule, a time and an owner, but no clause says who does what with the room, or when. A want is met by
// a clause that does something with it ("我今日五點前幫你喺儲物室留個位", "I'll keep a space in the storage
// room for you from tonight"), not by its keywords strung between commas. A clause is bare when it holds
// nothing but topic words, times, owners, a word that commits to nothing in particular (跟進, handle) and
// joining words; a remedy named in a bare clause counts only beside a clause of the same sentence that says
// something ("二十樓我今個禮拜都會貼同樣嘅通知，全座一視同仁": the summing-up of what was just said).
// "二十樓、十二樓" is one list of floors, not two clauses. Works on the folded reply (normalize.ts: Simplified script,
// lower case, ASCII punctuation).
import type { Span } from '../reply/context/span.ts';

const CLAUSE_END = /[,.;!?\n]/;
const SENTENCE_END = /[.;!?\n]/;

// Words that join a list or soften it, and say nothing of what is done: 同 / 和 / 还有, 啦 / 了, "and", "the".
const JOINERS_ZH = /还有|以及|或者|同埋|和|同|与|及|跟|或|的|嘅|了|咗|啦|呀|啊|喇|嘛|吧|呢|哦|喔|啰|都|也|又|先|会|就/g;
const JOINERS_EN = /\b(a|an|the|and|or|also|plus|then|so|ok|okay|yes|please|your|my|our|all|will|be|is|am|are)\b/g;
// A commitment to nothing in particular: who acts is an owner, but 跟进 / 负责 / "handle it" say nothing of what.
const GENERIC_ZH = /跟进|负责|处理|搞定|安排|跟|搞掂/g;
const GENERIC_EN = /\b(follow(ing)? up|handle|handling|responsible|in charge|take care of it|sort it out|on it)\b/g;
// Courtesy said between the keywords: an apology, thanks, "I understand".
const COURTESY = /^好的?$|^ok$|对不起|对不住|对唔住|唔好意思|不好意思|抱歉|真系|真是|明白|理解|多谢|谢谢|唔该|sorry|thanks?( you)?|i understand|understood/g;

/** The words a clause may be made of: the offer's (remedy words, times, owners) and the story's (fact topics). */
export interface Keywords {
  offer: readonly Span[];
  story: readonly Span[];
  /** The owners among `offer`: one right before a remedy's words acts on it ("I'll turn a blind eye"), and the clause says so. */
  owners?: readonly Span[];
  /** The remedies' words among `offer`. */
  remedies?: readonly Span[];
}

// bare: keywords of an offer and nothing else; listed: the story's keywords alone ("二十樓、十二樓" folds to two
// clauses); courtesy: an apology or thanks; terse: a word or two more than keywords (运费全免, 逐层巡查, "inspect");
// said: a clause that says something.
type Clause = Span & { kind: 'bare' | 'listed' | 'courtesy' | 'terse' | 'said' };

function clausesOf(folded: string, named: Keywords): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (let i = 0; i <= folded.length; i++) {
    if (i < folded.length && !CLAUSE_END.test(folded[i]!)) continue;
    if (i > start) out.push({ start, end: i, kind: kindOf(folded, { start, end: i }, named) });
    start = i + 1;
  }
  return out;
}

function kindOf(folded: string, clause: Span, named: Keywords): Clause['kind'] {
  const kept = [...folded.slice(clause.start, clause.end)];
  const inside = (s: Span) => s.end > clause.start && s.start < clause.end;
  const offers = named.offer.some(inside);
  // The owner's verb is the remedy's own ("I'll turn a blind eye", 我哋會免收解約費): someone does it, said.
  if ((named.owners ?? []).some((o) => inside(o) && (named.remedies ?? []).some((r) => inside(r) && r.start >= o.end && /^\s?$/.test(folded.slice(o.end, r.start))))) return 'said';
  const story = named.story.some(inside);
  for (const s of [...named.offer, ...named.story]) {
    if (!inside(s)) continue;
    for (let i = Math.max(s.start, clause.start); i < Math.min(s.end, clause.end); i++) kept[i - clause.start] = ' ';
  }
  const letters = (t: string) => t.replace(/[^\p{L}\p{N}]+/gu, '');
  const rest = kept.join('').replace(GENERIC_ZH, ' ').replace(GENERIC_EN, ' ').replace(JOINERS_ZH, ' ').replace(JOINERS_EN, ' ');
  if (letters(rest) === '') return offers ? 'bare' : story ? 'listed' : 'courtesy';
  if (letters(letters(rest).replace(COURTESY, ' ').replace(/你|我/g, ' ')) === '') return 'courtesy';
  return weight(rest) <= 2 ? 'terse' : 'said';
}

/** How much a clause says beyond its keywords: a Chinese character counts one, an English word two. */
function weight(rest: string): number {
  const han = rest.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = rest.match(/[a-z0-9]+/g)?.length ?? 0;
  return han + 2 * words;
}

/**
 * A reply whose clauses are mostly bare ("我負責跟進，今日五點儲物室，一視同仁，逐層巡查，對唔住"): a list of keywords
 * with a courtesy between them, in which even the one clause with a verb is a label recited — nothing in it is offered.
 */
function isKeywordList(clauses: readonly Clause[]): boolean {
  const bare = clauses.filter((c) => c.kind === 'bare').length;
  const terse = clauses.filter((c) => c.kind === 'terse').length;
  const said = clauses.filter((c) => c.kind === 'said').length;
  // At least two clauses of keywords alone, and twice as many short clauses as said ones: "…get the same notice this
  // week — the whole building, the same rule" sums up one said clause with two bare ones, and is no list; nor is
  // "好的，储物室那边，今天五点前我帮您安排好" (a topic put first, then what is done with it).
  return bare >= 2 && bare + terse > 2 * said;
}

/**
 * True when the words at `index` of the folded reply stand in a bare clause (only keywords: `named` holds
 * every topic mention of the scenario's remedies, every time and every owner, and its facts' topic mentions) with no clause next
 * to it in the same sentence that says something. Such a mention names the remedy as a label, not as
 * something anyone will do.
 */
export function bareKeywordAt(folded: string, index: number, named: Keywords): boolean {
  const clauses = clausesOf(folded, named);
  if (isKeywordList(clauses)) return true;
  const at = clauses.findIndex((c) => c.start <= index && index < c.end);
  if (at < 0 || clauses[at]!.kind !== 'bare') return false;
  const sameSentence = (i: number, j: number) => !SENTENCE_END.test(folded.slice(Math.min(clauses[i]!.end, clauses[j]!.end), Math.max(clauses[i]!.start, clauses[j]!.start)));
  return ![at - 1, at + 1].some((j) => clauses[j]?.kind === 'said' && sameSentence(at, j));
}

/**
 * The clauses of keywords alone (bare or terse) when the reply is a keyword list, else none: the reading takes
 * away the commitments the classifier found in them (我負責, "I'll follow up", 運費全免 strung between commas) —
 * a list of who and when with nothing done is no ownership taken, no follow-up committed, nothing proposed.
 */
export function keywordListClauses(folded: string, named: Keywords): Span[] {
  const clauses = clausesOf(folded, named);
  return isKeywordList(clauses) ? clauses.filter((c) => c.kind === 'bare' || c.kind === 'terse') : [];
}
