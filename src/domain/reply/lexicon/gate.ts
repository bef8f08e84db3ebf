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
import { parseRegex, type Node } from './regex-syntax.ts';

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
export const GRAMS: Record<Language, readonly number[]> = { zh: [2], en: [2, 4] };

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
    node = parseRegex(source);
  } catch {
    return null;
  }
  const req = requirement(node, language);
  return req.length === 0 ? null : req.map((c) => [...c.keys].sort((a, b) => keyCost(a, language) - keyCost(b, language)));
}
