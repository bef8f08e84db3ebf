// A cheap pre-check in front of each compiled lexicon pattern: "keys" (characters; runs of two Chinese
// characters; runs of two and four English letters) that any match must contain, as up to three clauses
// that must all hold, each satisfied by any one of its keys. A reply that fails a clause cannot match, so
// the pattern is not searched. Most of a reply's lexicon searches end that way, and searching was most
// of the classifier's time (issue #2: ≤ 0.1 ms per typical reply).
//
// The analysis is conservative: anything it does not understand (a character class, a back-reference,
// an optional part) counts as "no requirement", so a gate can only ever skip a pattern that would not
// match. lex-pattern.test.ts checks gated and ungated searches agree on every labelled reply.
import type { Language } from './lexicon.types.ts';

/** Clauses a match must satisfy, each by holding one of its keys; null: none (always searched). */
export type Gate = readonly (readonly string[])[] | null;

interface Clause {
  /** Distinct keys. */
  keys: readonly string[];
  cost: number;
}
/** All of these clauses hold for any match; [] when nothing is known. */
type Req = readonly Clause[];

/** At most this many clauses per gate (checking one more costs one array read per reply). */
const MAX_CLAUSES = 3;

// The commonest Chinese characters (Simplified, as replies are folded): a gate on them rarely skips,
// so the analysis prefers any other character of the same pattern. General frequency, not tuned to data.
const COMMON_ZH = new Set(
  '的一是不了人我在有他这中大来上个们到说和地也子时道出要就下得可你会那后能对着事里所去过家用发天如然作方成多都么好看学进种还分此心前面又定见只没从把吗呢吧啊很给让请再先已经现问题',
);
// English letter frequencies (per cent, space included), for the rarity of a key.
const EN_FREQ: Record<string, number> = {
  ' ': 18, e: 10.2, t: 7.5, a: 6.6, o: 6.2, i: 5.7, n: 5.7, s: 5.3, h: 5, r: 5, d: 3.5, l: 3.3, u: 2.3,
  c: 2.2, m: 2, w: 1.9, f: 1.8, g: 1.6, y: 1.6, p: 1.5, b: 1.2, v: 0.8, k: 0.6, "'": 0.5, j: 0.15, x: 0.15, q: 0.1, z: 0.07,
};

// The commonest English words (and the forms contractions expand to): a key inside one of them is
// in most replies, however rare its letters. General frequency, not tuned to data.
const COMMON_EN_WORDS =
  'the be to of and a in that have i it for not on with he as you do at this but his by from they we say her she or an will my one all would there their what so up out if about who get which go me when make can like time no just him know take people into year your good some could them see other than then now look only come its over think also back after use two how our work first well way even new want because any these give day most us is are was were am been has had did does sorry please thank';
const COMMON_EN = new Set<string>();
for (const word of COMMON_EN_WORDS.split(' ')) {
  const padded = ` ${word} `;
  for (let n = 1; n <= padded.length; n++) for (let i = 0; i + n <= padded.length; i++) COMMON_EN.add(padded.slice(i, i + n));
}

/** How many characters in a row make the multi-character keys, per language. */
const GRAMS: Record<Language, readonly number[]> = { zh: [2], en: [2, 4] };

const costs: Record<Language, Map<string, number>> = { zh: new Map(), en: new Map() };

function keyCost(key: string, language: Language): number {
  let cost = costs[language].get(key);
  if (cost === undefined) costs[language].set(key, (cost = computeKeyCost(key, language)));
  return cost;
}

function computeKeyCost(key: string, language: Language): number {
  if (language === 'zh') {
    let p = 1;
    for (const ch of key) p *= COMMON_ZH.has(ch) ? 0.2 : 0.01;
    return p * 1e2;
  }
  let p = 1;
  for (const ch of key) p *= (EN_FREQ[ch] ?? 1) / 100;
  return p * 1e4 * (COMMON_EN.has(key) ? 100 : 1);
}

function clause(keys: readonly string[], language: Language): Clause {
  let cost = 0;
  for (const k of keys) cost += keyCost(k, language);
  return { keys, cost };
}

// --- a small parser for the regex subset the lexicons use -------------------------------------------

type Node =
  | { t: 'lit'; ch: string }
  | { t: 'any' } // consumes something the analysis does not pin down (class, '.', \s, back-reference)
  | { t: 'zero' } // zero-width: anchors, \b, lookarounds
  | { t: 'never' } // (?!) — matches nothing
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'rep'; body: Node; min: number; max: number };

const ESCAPE_LITERAL: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) throw new Error(`unexpected ${this.src[this.i]} at ${this.i}`);
    return node;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? (options[0] as Node) : { t: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return { t: 'seq', items };
  }

  private quantified(atom: Node): Node {
    const ch = this.src[this.i];
    let min = 1;
    let max = 1;
    if (ch === '?' || ch === '*' || ch === '+') {
      this.i++;
      min = ch === '+' ? 1 : 0;
      max = ch === '?' ? 1 : Infinity;
    } else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom; // a literal '{'
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    } else {
      return atom;
    }
    if (this.src[this.i] === '?') this.i++; // lazy
    return { t: 'rep', body: atom, min, max };
  }

  private atom(): Node {
    const ch = this.src[this.i++] as string;
    if (ch === '(') return this.group();
    if (ch === '[') {
      this.skipClass();
      return { t: 'any' };
    }
    if (ch === '.') return { t: 'any' };
    if (ch === '^' || ch === '$') return { t: 'zero' };
    if (ch === '\\') return this.escape();
    return { t: 'lit', ch };
  }

  private group(): Node {
    let kind: 'capture' | 'look' = 'capture';
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) this.i += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        kind = 'look';
        this.i += 2;
      } else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
        kind = 'look';
        this.i += 3;
      } else if (rest.startsWith('?<')) this.i = this.src.indexOf('>', this.i) + 1; // named group
      else throw new Error(`unsupported group at ${this.i}`);
    }
    const empty = this.src[this.i] === ')';
    const negative = kind === 'look' && this.src[this.i - 1] === '!';
    const body = this.alternation();
    if (this.src[this.i++] !== ')') throw new Error('unclosed group');
    if (kind === 'look') return empty && negative ? { t: 'never' } : { t: 'zero' };
    return body;
  }

  private skipClass(): void {
    while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
    if (this.src[this.i++] !== ']') throw new Error('unclosed class');
  }

  private escape(): Node {
    const ch = this.src[this.i++] as string;
    if (ch === 'b' || ch === 'B') return { t: 'zero' };
    if ('dDsSwW'.includes(ch) || /[1-9]/.test(ch)) return { t: 'any' };
    if (ch === 'u' || ch === 'x') {
      const hex = ch === 'u' ? 4 : 2;
      const code = this.src.slice(this.i, this.i + hex);
      this.i += hex;
      return { t: 'lit', ch: String.fromCharCode(parseInt(code, 16)) };
    }
    return { t: 'lit', ch: ESCAPE_LITERAL[ch] ?? ch };
  }
}

// --- requirements -----------------------------------------------------------------------------------

function requirement(node: Node, language: Language): Req {
  switch (node.t) {
    case 'lit':
      return [clause([node.ch], language)];
    case 'any':
    case 'zero':
      return [];
    case 'never':
      return [{ keys: [], cost: 0 }];
    case 'rep':
      return node.min >= 1 ? requirement(node.body, language) : [];
    case 'alt': {
      // Every option's match holds its own cheapest clause, so any match holds a key of their union.
      const union = new Set<string>();
      for (const option of node.options) {
        const best = requirement(option, language)[0];
        if (best === undefined) return [];
        for (const k of best.keys) union.add(k);
      }
      return [clause([...union], language)];
    }
    case 'seq': {
      const candidates: Clause[] = node.items.flatMap((item) => requirement(item, language));
      // Characters in a row (inside one literal run) are rarer than any one of them.
      for (const n of GRAMS[language]) {
        for (const run of literalRuns(node.items, n)) for (let i = 0; i + n <= run.length; i++) candidates.push(clause([run.slice(i, i + n)], language));
      }
      return pickClauses(candidates);
    }
  }
}

/** The cheapest clause, then more cheap ones that do not merely repeat a chosen one (负责 after 负). */
function pickClauses(candidates: Clause[]): Req {
  candidates.sort((a, b) => a.cost - b.cost);
  const chosen: Clause[] = [];
  for (const c of candidates) {
    if (chosen.length === MAX_CLAUSES) break;
    if (chosen.some((d) => overlapping(c, d))) continue;
    chosen.push(c);
  }
  return chosen;
}

/** A clause whose key is part of another's (负 and 负责) is satisfied with it, so adds nothing. */
function overlapping(a: Clause, b: Clause): boolean {
  for (const x of a.keys) for (const y of b.keys) if (x.includes(y) || y.includes(x)) return true;
  return false;
}

/** Maximal runs of literal characters that a match holds side by side. */
function literalRuns(items: readonly Node[], n: number): string[] {
  const runs: string[] = [];
  let run = '';
  const flush = () => {
    if (run.length >= n) runs.push(run);
    run = '';
  };
  for (const item of items) {
    if (item.t === 'lit') run += item.ch;
    // A plain group's sequence continues the run only if it is all literal; any other group's own runs
    // were weighed when its requirement was worked out.
    else if (item.t === 'seq' && item.items.every((x) => x.t === 'lit')) run += item.items.map((x) => (x as { ch: string }).ch).join('');
    else flush();
  }
  flush();
  return runs;
}

/** The gate of a regex source; null if the source cannot be analysed or has no requirement. */
export function gateOf(source: string, language: Language): Gate {
  let node: Node;
  try {
    node = new Parser(source).parse();
  } catch {
    return null;
  }
  const req = requirement(node, language);
  return req.length === 0 ? null : req.map((c) => [...c.keys].sort((a, b) => keyCost(a, language) - keyCost(b, language)));
}

// --- the check, per reply ---------------------------------------------------------------------------
// Keys are hashed to 2^16 slots; each clause is filed under the slots of its keys, each alternative
// under its clauses (an inverted index). Stamping a reply's keys counts, per alternative, the clauses
// it satisfies, and lists the alternatives whose every clause holds: the cost grows with the reply and
// what it opens, not with the lexicon. Stamps carry a per-reply generation, so nothing is cleared
// between replies. A hash collision can only open an alternative — its regex then runs and decides.

const SLOTS_LOG2 = 16;
// Filled up front: a sparse array would fall back to slow dictionary elements.
const bySlot: (number[] | undefined)[] = new Array<number[] | undefined>(1 << SLOTS_LOG2).fill(undefined);
/** clause id → the alternative it belongs to. */
let clauseAlt: Int32Array = new Int32Array(1024);
let clauseStamps: Int32Array = new Int32Array(1024);
let clauseCount = 0;
/** Per alternative: how many clauses it has, and how many the stamped reply satisfies. */
let needed: Int32Array = new Int32Array(1024);
let satisfied: Int32Array = new Int32Array(1024);
let satisfiedStamps: Int32Array = new Int32Array(1024);
/** Alternatives with no gate: open for every reply. */
const ungated: number[] = [];
let alternatives = 0;
let generation = 0;
/** The alternatives the current stamp opens: the first `openCount`, in ascending id order. */
let opened: Int32Array = new Int32Array(256);
let openCount = 0;

const mix = (h: number, n: number): number => Math.imul(h ^ n, 0x9e3779b1) >>> (32 - SLOTS_LOG2);

function hashKey(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return mix(h, key.length);
}

const grow = (a: Int32Array, size: number): Int32Array => {
  if (size <= a.length) return a;
  const grown = new Int32Array(Math.max(size, a.length * 2));
  grown.set(a);
  return grown;
};

/**
 * Registers an alternative under its gate; returns its id. Ids are consecutive, so one pattern's
 * alternatives form a range. Any stamp taken before is invalidated, so it can never be missed.
 */
export function registerAlternative(gate: Gate): number {
  const id = alternatives++;
  needed = grow(needed, alternatives);
  satisfied = grow(satisfied, alternatives);
  satisfiedStamps = grow(satisfiedStamps, alternatives);
  needed[id] = gate?.length ?? 0;
  if (!gate) ungated.push(id);
  for (const keys of gate ?? []) {
    const clause = clauseCount++;
    clauseAlt = grow(clauseAlt, clauseCount);
    clauseStamps = grow(clauseStamps, clauseCount);
    clauseAlt[clause] = id;
    for (const slot of new Set(keys.map(hashKey))) (bySlot[slot] ??= []).push(clause);
  }
  generation = (generation + 1) | 0 || 1;
  return id;
}

/**
 * Stamps the keys present in a folded reply — every character, and every run of n characters for each
 * language's n — and lists the alternatives they open; returns the stamp. Valid until the next call.
 */
export function stampKeys(text: string, languages: readonly Language[]): number {
  const g = (generation = (generation + 1) | 0 || 1);
  openCount = 0;
  for (const alt of ungated) addOpen(alt);
  // Key lengths wanted (bit n set: runs of n), the same hash as hashKey, rolled forward per start.
  let lengths = 1 << 1;
  let longest = 1;
  for (const language of languages) {
    for (const n of GRAMS[language]) {
      lengths |= 1 << n;
      longest = Math.max(longest, n);
    }
  }
  for (let i = 0; i < text.length; i++) {
    let h = 0;
    const stop = Math.min(longest, text.length - i);
    for (let n = 1; n <= stop; n++) {
      h = (Math.imul(h, 31) + text.charCodeAt(i + n - 1)) | 0;
      if ((lengths & (1 << n)) === 0) continue;
      const slot = mix(h, n);
      const clauses = bySlot[slot];
      if (clauses === undefined) continue;
      for (let k = 0; k < clauses.length; k++) {
        const clause = clauses[k] as number;
        if (clauseStamps[clause] === g) continue;
        clauseStamps[clause] = g;
        const alt = clauseAlt[clause] as number;
        const count = satisfiedStamps[alt] === g ? (satisfied[alt] as number) + 1 : 1;
        satisfiedStamps[alt] = g;
        satisfied[alt] = count;
        if (count === needed[alt]) addOpen(alt);
      }
    }
  }
  return g;
}

/** Inserts into the sorted open list (a few dozen per reply: insertion beats sorting afterwards). */
function addOpen(alt: number): void {
  if (openCount === opened.length) opened = grow(opened, openCount + 1);
  let i = openCount++;
  while (i > 0 && (opened[i - 1] as number) > alt) {
    opened[i] = opened[i - 1] as number;
    i--;
  }
  opened[i] = alt;
}

/** True while nothing has been stamped or registered since `stamp` was taken. */
export const stampCurrent = (stamp: number): boolean => stamp === generation;

/** Calls `each` with the ids in [from, to) that the current stamp opens, ascending. */
export function eachOpened(from: number, to: number, each: (id: number) => void): void {
  for (let i = lowerBound(from); i < openCount; i++) {
    const id = opened[i] as number;
    if (id >= to) return;
    each(id);
  }
}

function lowerBound(value: number): number {
  let lo = 0;
  let hi = openCount;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((opened[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
