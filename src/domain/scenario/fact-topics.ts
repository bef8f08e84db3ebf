// Which fact a question is about. A fact's `topics` are the words a trainee may use to ask about it
// (電話 / phone, 師傅 / plumber); a question that mentions one brings that fact out before the ones the
// scenario lists earlier, so the customer answers what was asked instead of telling the story in a fixed
// order. Pure and deterministic.
import { codeSwitchReading } from '../reply/text/fold-code-switch.ts';
import { normalize } from '../reply/text/normalize.ts';
import type { Fact } from './scenario.types.ts';
import { TOPIC_FAMILIES } from './topic-families.ts';

/** Where a reply first mentions one of a fact's topics (offsets in the folded reply). */
export interface TopicMention {
  /** Offset of the first mention. */
  index: number;
  /** Length of the topic found there (the longest one starting at that offset). */
  length: number;
}

const WORD = /[a-z0-9]/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One topic as a pattern over folded text. Chinese topics match anywhere; a Latin topic matches whole
 * words, with an optional plural or verb ending, so "call" finds "called" and "calls" but not "recall",
 * and "form" does not find "formal".
 */
function topicPattern(folded: string): RegExp {
  const body = escape(folded);
  const start = WORD.test(folded.charAt(0)) ? '(?<![a-z0-9])' : '';
  const end = WORD.test(folded.charAt(folded.length - 1)) ? '(?:s|es|d|ed|ing)?(?![a-z0-9])' : '';
  return new RegExp(`${start}${body}${end}`);
}

// An English remedy named as what is done to it ("pay the fee", "refund your fare") is the same remedy said in the passive
// ("the fee will be paid with the refund", "your fare has been refunded", blind t22-21): the thing first, a modifier
// allowed before it (the rebooking fee), then will be / is being / has been and the verb's participle. Only the future,
// the progressive and the perfect: "the fee was paid" is her story, not the remedy.
const IRREGULAR: Record<string, string> = { pay: 'paid', send: 'sent', give: 'given', make: 'made', take: 'taken', put: 'put', get: 'got' };
const participle = (verb: string): string => IRREGULAR[verb] ?? (verb.endsWith('e') ? `${verb}d` : `${verb}ed`);
function passiveOf(folded: string): RegExp | null {
  const m = /^([a-z]+) (?:the|your|his|her|their) ([a-z]+(?: [a-z]+)?)$/.exec(folded);
  if (!m) return null;
  const [, verb = '', thing = ''] = m;
  return new RegExp(`(?<![a-z0-9])(?:the|your|his|her|their) (?:[a-z]+ )?${escape(thing)}s? (?:will|is going to|are going to|is|are|has|have)(?: also| then| now| already)? (?:be|being|been) ${escape(participle(verb))}(?![a-z0-9])`);
}

/** A topic folded the way replies are (script, 您/你, case, width), for matching and comparing. */
export const foldTopic = (topic: string): string => normalize(topic).text.trim();

// Folding and compiling topics costs more than matching; a parsed scenario's facts never change.
/** Anything with topic words: a fact, a remedy. */
export type Topical = Pick<Fact, 'topics'>;

const compiled = new WeakMap<Topical, readonly RegExp[]>();

/** A fact's topics from every locale, folded the way replies are (script, 您/你, case, width) and compiled. */
function patternsOf(fact: Topical): readonly RegExp[] {
  const hit = compiled.get(fact);
  if (hit) return hit;
  const folded = Object.values(fact.topics ?? {})
    .flat()
    // An English topic also matches a Chinese reply that types the word in English (嗰次phone你):
    // such a reply reads the word in Chinese (code-switch.json), so its Chinese reading counts too.
    .flatMap((t) => [foldTopic(t), codeSwitchReading(t.trim()) ?? ''])
    .filter((t) => t !== '');
  const own = new Set(folded);
  const shapes = TOPIC_FAMILIES.filter((_, i) => families[i]?.some((w) => own.has(w))).flatMap((f) => f.shapes ?? []);
  const topics = [...new Set(withFamilies(folded))];
  const passives = topics.map(passiveOf).filter((re): re is RegExp => re !== null);
  const patterns = [...topics.map(topicPattern), ...passives, ...shapes];
  compiled.set(fact, patterns);
  return patterns;
}

const families = TOPIC_FAMILIES.map((f) => f.words.map(foldTopic));

/** Topics with every word of each shared family (topic-families.ts) one of them belongs to. */
function withFamilies(folded: readonly string[]): string[] {
  const own = new Set(folded);
  return [...folded, ...families.filter((words) => words.some((w) => own.has(w))).flat()];
}

// The same patterns searched for every mention (firstMention with a skip), compiled once each as the topics are.
const globals = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let all = globals.get(re);
  if (!all) globals.set(re, (all = new RegExp(re.source, 'g')));
  return all;
}

/** Every place the folded reply names one of the item's topics (offsets in the folded reply). */
export function allMentions(fact: Topical, foldedReply: string): TopicMention[] {
  return patternsOf(fact).flatMap((re) => [...foldedReply.matchAll(globalOf(re))].map((m) => ({ index: m.index, length: m[0].length })));
}

/** True if the fact lists any topic. */
export const hasTopics = (fact: Topical): boolean => patternsOf(fact).length > 0;

/**
 * The first place a reply mentions one of the fact's topics, or null. `foldedReply` is
 * `normalize(reply).text`, so 電話 and 电话, 您 and 你, PHONE and phone are the same. A mention at an offset
 * `skip` rejects (a remedy named only to be declined, reply/context/declined.ts) does not count; a later one may.
 */
export function firstMention(fact: Topical, foldedReply: string, skip?: (index: number) => boolean): TopicMention | null {
  let best: TopicMention | null = null;
  for (const re of patternsOf(fact)) {
    const m = skip ? [...foldedReply.matchAll(globalOf(re))].find((x) => !skip(x.index)) : re.exec(foldedReply);
    if (!m) continue;
    if (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length)) {
      best = { index: m.index, length: m[0].length };
    }
  }
  return best;
}

/**
 * Candidate facts in the order the customer brings them out. Facts the reply asks about (`asked`) and
 * whose topics it mentions come first, in the order the reply mentions them (at the same place, the
 * longer, more specific topic wins; then the scenario's order); every other candidate follows in the
 * scenario's order. Without a mention the order is unchanged.
 */
export function orderByTopic(candidates: readonly Fact[], reply: string, asked: (fact: Fact) => boolean): Fact[] {
  const topical = candidates.filter((f) => asked(f) && hasTopics(f));
  if (topical.length === 0) return [...candidates];
  const folded = normalize(reply).text;
  const mentioned = topical
    .map((fact, order) => ({ fact, order, at: firstMention(fact, folded) }))
    .filter((m): m is { fact: Fact; order: number; at: TopicMention } => m.at !== null)
    .sort((a, b) => a.at.index - b.at.index || b.at.length - a.at.length || a.order - b.order)
    .map((m) => m.fact);
  return [...mentioned, ...candidates.filter((f) => !mentioned.includes(f))];
}
