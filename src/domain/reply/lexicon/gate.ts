// A cheap pre-check in front of each compiled lexicon regex: the set of "keys" (single characters, and
// for English also three-character sequences) of which every possible match must contain at least one.
// A reply without any of them cannot match, so the regex is not run. Most of a reply's ~50 lexicon scans
// end that way, which is most of the classifier's time (issue #2: ≤ 0.1 ms per typical reply).
//
// The analysis is conservative: anything it does not understand (a character class, a back-reference,
// an optional part) counts as "no requirement", so a gate can only ever skip a regex that would not match.
// classify.test.ts checks gated and ungated classification agree on every labelled reply.
import type { Language } from './lexicon.types.ts';

/** Keys a match must contain one of; null: no such set (always run). An empty set never matches. */
export type Gate = readonly string[] | null;

type Req = ReadonlySet<string> | null;

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

/** How many characters in a row make a multi-character key, per language. */
const GRAM: Record<Language, number> = { zh: 2, en: 4 };

function keyCost(key: string, language: Language): number {
  if (language === 'zh') {
    let p = 1;
    for (const ch of key) p *= COMMON_ZH.has(ch) ? 0.2 : 0.01;
    return p * 1e2;
  }
  let p = 1;
  for (const ch of key) p *= (EN_FREQ[ch] ?? 1) / 100;
  return p * 1e4;
}

function setCost(req: ReadonlySet<string>, language: Language): number {
  let total = 0;
  for (const k of req) total += keyCost(k, language);
  return total;
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
      return new Set([node.ch]);
    case 'any':
    case 'zero':
      return null;
    case 'never':
      return new Set();
    case 'rep':
      return node.min >= 1 ? requirement(node.body, language) : null;
    case 'alt': {
      const union = new Set<string>();
      for (const option of node.options) {
        const req = requirement(option, language);
        if (req === null) return null;
        for (const k of req) union.add(k);
      }
      return union;
    }
    case 'seq': {
      let best: Req = null;
      let bestCost = Infinity;
      const consider = (req: Req) => {
        if (req === null) return;
        const cost = setCost(req, language);
        if (cost < bestCost) {
          best = req;
          bestCost = cost;
        }
      };
      for (const item of node.items) consider(requirement(item, language));
      // Characters in a row (inside one literal run) are rarer than any one of them.
      const n = GRAM[language];
      for (const run of literalRuns(node.items, n)) for (let i = 0; i + n <= run.length; i++) consider(new Set([run.slice(i, i + n)]));
      return best;
    }
  }
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
    else if (item.t === 'seq') {
      // A plain group's sequence continues the run only if it is all literal.
      if (item.items.every((x) => x.t === 'lit')) run += item.items.map((x) => (x as { ch: string }).ch).join('');
      else {
        flush();
        runs.push(...literalRuns(item.items, n));
      }
    } else flush();
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
  return req === null ? null : [...req].sort((a, b) => keyCost(a, language) - keyCost(b, language));
}

// --- the check, per reply ---------------------------------------------------------------------------
// Keys are hashed to 2^16 slots. Each gated alternative is registered under the slots of its keys (an
// inverted index), so stamping a reply's keys marks exactly the alternatives it opens, at a cost that
// grows with the reply, not with the lexicon. Stamps carry a per-reply generation: nothing is cleared
// between replies. A hash collision can only open an alternative — its regex then runs and decides.

const SLOTS_LOG2 = 16;
const keyStamps = new Int32Array(1 << SLOTS_LOG2);
const bySlot: (number[] | undefined)[] = [];
let altStamps = new Int32Array(4096);
let alternatives = 0;
let generation = 0;

function hashRange(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return Math.imul(h ^ (to - from), 0x9e3779b1) >>> (32 - SLOTS_LOG2);
}

/**
 * Registers a gated alternative; returns its id, or -1 when the gate is null (always searched).
 * Any stamp taken before is invalidated, so the new alternative can never be missed.
 */
export function registerGate(gate: Gate): number {
  if (gate === null) return -1;
  const id = alternatives++;
  if (id >= altStamps.length) {
    const grown = new Int32Array(altStamps.length * 2);
    grown.set(altStamps);
    altStamps = grown;
  }
  for (const slot of new Set(gate.map((k) => hashRange(k, 0, k.length)))) (bySlot[slot] ??= []).push(id);
  generation = (generation + 1) | 0 || 1;
  return id;
}

/**
 * Stamps the keys present in a folded reply — every character, and every run of n characters for each
 * language's n — and the alternatives they open; returns the stamp. Valid until the next call.
 */
export function stampKeys(text: string, languages: readonly Language[]): number {
  const g = (generation = (generation + 1) | 0 || 1);
  const mark = (slot: number) => {
    if (keyStamps[slot] === g) return;
    keyStamps[slot] = g;
    const ids = bySlot[slot];
    if (ids) for (let i = 0; i < ids.length; i++) altStamps[ids[i] as number] = g;
  };
  for (let i = 0; i < text.length; i++) mark(hashRange(text, i, i + 1));
  for (const language of languages) {
    const n = GRAM[language];
    for (let i = 0; i + n <= text.length; i++) mark(hashRange(text, i, i + n));
  }
  return g;
}

/** True while nothing has been stamped or registered since `stamp` was taken. */
export const stampCurrent = (stamp: number): boolean => stamp === generation;

/** False when the stamped reply holds none of the alternative's keys, so it cannot match. */
export const isOpen = (id: number, stamp: number): boolean => id < 0 || altStamps[id] === stamp;
