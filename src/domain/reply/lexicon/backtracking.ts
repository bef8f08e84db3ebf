// A static bound on how much a backtracking engine (JavaScript's RegExp) can work on one pattern, read
// from its syntax tree. It refuses the shapes behind catastrophic backtracking and keeps everything else:
//
// - a repeated group that can match the same text in two ways — nested repetition `(a+)+`, a part that
//   may end where the next repetition may start `(\w+\s?)+`, overlapping options `(a|ab)*`, a part that
//   matches nothing `(a?)*` — is exponential and refused;
// - each unbounded repetition (`+`, `*`, `{n,}`, or above 50) whose characters could also be what comes
//   next (`.*a`) lets one search try every length: one such per pattern is linear from each start
//   position, two (`\w+\w+x`) are quadratic and refused;
// - bounded gaps `{0,N}` multiply the ways to try; their product is capped.
//
// A repetition whose characters cannot be what follows (`[a-z]+ ` before a space) tries one length only.
// JavaScript runs lookarounds atomically: they must hold bounded repetition only. Back-references are
// refused. The bound is conservative: a refused pattern may be fine, an accepted one is not catastrophic.
// A reply is at most MAX_REPLY_LENGTH characters, so an accepted pattern's worst case is bounded.
// (recheck, the ReDoS checker, agrees on the corpus in backtracking.test.ts, but takes seconds per
// English pattern where this takes microseconds, and cannot read lookarounds.)
import type { AST } from '@eslint-community/regexpp';

/** A repetition bounded above this counts as unbounded. */
const LARGE = 200;
/** Most ways the bounded gaps of one pattern may multiply to. */
export const MAX_WAYS = 100_000;

// --- sets of UTF-16 code units, as sorted [lo, hi] pairs ------------------------------------------
type Ranges = readonly number[];
const MAX_UNIT = 0xffff;
const NONE: Ranges = [];
const ALL: Ranges = [0, MAX_UNIT];

function union(a: Ranges, b: Ranges): Ranges {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const pairs: [number, number][] = [];
  for (const r of [a, b]) for (let i = 0; i < r.length; i += 2) pairs.push([r[i] as number, r[i + 1] as number]);
  pairs.sort((x, y) => x[0] - y[0]);
  const out: number[] = [];
  for (const [lo, hi] of pairs) {
    const last = out.length - 1;
    if (out.length > 0 && lo <= (out[last] as number) + 1) out[last] = Math.max(out[last] as number, hi);
    else out.push(lo, hi);
  }
  return out;
}

function complement(a: Ranges): Ranges {
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < a.length; i += 2) {
    if ((a[i] as number) > next) out.push(next, (a[i] as number) - 1);
    next = (a[i + 1] as number) + 1;
  }
  if (next <= MAX_UNIT) out.push(next, MAX_UNIT);
  return out;
}

function intersects(a: Ranges, b: Ranges): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if ((a[i + 1] as number) < (b[j] as number)) i += 2;
    else if ((b[j + 1] as number) < (a[i] as number)) j += 2;
    else return true;
  }
  return false;
}

const DIGIT: Ranges = [48, 57];
const WORD: Ranges = [48, 57, 65, 90, 95, 95, 97, 122];
const SPACE: Ranges = [9, 13, 32, 32, 160, 160, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff];
const DOT: Ranges = complement([10, 10, 13, 13, 0x2028, 0x2029]);

function setRanges(node: AST.CharacterSet): Ranges {
  switch (node.kind) {
    case 'any':
      return DOT;
    case 'digit':
      return node.negate ? complement(DIGIT) : DIGIT;
    case 'word':
      return node.negate ? complement(WORD) : WORD;
    case 'space':
      return node.negate ? complement(SPACE) : SPACE;
    default:
      return ALL; // \p{…}: not used without the u flag; anything
  }
}

function classRanges(node: AST.CharacterClass): Ranges {
  let out: Ranges = NONE;
  for (const e of node.elements) {
    if (e.type === 'Character') out = union(out, [e.value, e.value]);
    else if (e.type === 'CharacterClassRange') out = union(out, [e.min.value, e.max.value]);
    else if (e.type === 'CharacterSet') out = union(out, setRanges(e));
    else out = ALL;
  }
  return node.negate ? complement(out) : out;
}

// --- the analysis ---------------------------------------------------------------------------------

interface Info {
  /** Characters a match can start with (for a lookahead: the characters it lets come next). */
  first: Ranges;
  /** What follows may start right here (false after `$`, which nothing follows, and a lookahead that needs a character). */
  nullable: boolean;
  /** It can match the empty string. */
  empty: boolean;
  /** Zero-width: an anchor or a lookaround. */
  zeroWidth: boolean;
  /** The work from one start position is length^total: the ways of what comes before a part, times that part's own work (a pass over the reply, a lookaround). */
  total: number;
  /** Characters it could still take at a point where it could also stop. */
  cont: Ranges;
  /** Unbounded repetitions in a row that can trade characters: the work from one start is length^deg. */
  deg: number;
  /** How many ways the bounded gaps can split one match. */
  ways: number;
  /** Two options can start with the same character. */
  overlapping: boolean;
  /** It holds an unbounded repetition. */
  unbounded: boolean;
}

class Refused extends Error {}

const ZERO_WIDTH: Info = { first: NONE, nullable: true, empty: true, zeroWidth: true, total: 0, cont: NONE, deg: 0, ways: 1, overlapping: false, unbounded: false };

function single(ranges: Ranges): Info {
  return { first: ranges, nullable: false, empty: false, zeroWidth: false, total: 0, cont: NONE, deg: 0, ways: 1, overlapping: false, unbounded: false };
}

/** An option that is plain characters, as its string; null otherwise. */
function literal(alt: AST.Alternative): string | null {
  let out = '';
  for (const e of alt.elements) {
    if (e.type !== 'Character') return null;
    out += String.fromCharCode(e.value);
  }
  return out;
}

/** Options of plain characters: at one position, as many can match as one option has prefixes among them. */
function prefixChain(words: readonly string[]): { ways: number; overlapping: boolean } {
  let ways = 1;
  for (const w of words) {
    let n = 0;
    for (const v of words) if (w.startsWith(v)) n++;
    ways = Math.max(ways, n);
  }
  return { ways, overlapping: ways > 1 };
}

function alternatives(alts: readonly AST.Alternative[], follow: Ranges): Info {
  const infos = alts.map((a) => sequence(a.elements, follow));
  const words = alts.map(literal);
  if (alts.length > 1 && words.some((w) => w !== null && w !== '')) {
    // Plain words: only a word and the words it starts with can match at the same position; the other
    // options count one by one.
    const plain = words.filter((w): w is string => w !== null && w !== '');
    const chain = prefixChain(plain);
    const others = infos.filter((_, i) => words[i] === null || words[i] === '');
    const wordFirst = infos.filter((_, i) => words[i] !== null && words[i] !== '').reduce((acc, x) => union(acc, x.first), NONE);
    const rest = others.length === 0 ? null : combine(others, wordFirst);
    if (rest === null) return { first: wordFirst, nullable: false, empty: false, zeroWidth: false, total: 0, cont: NONE, deg: 0, ways: chain.ways, overlapping: chain.overlapping, unbounded: false };
    return { ...rest, first: union(rest.first, wordFirst), ways: rest.ways + chain.ways, overlapping: rest.overlapping || chain.overlapping };
  }
  return combine(infos, NONE);
}

/** Options that are not plain words; `against`: the first characters of the plain-word options beside them. */
function combine(infos: readonly Info[], against: Ranges): Info {
  let overlapping = infos.some((x) => x.empty) && infos.length > 1;
  for (let i = 0; i < infos.length && !overlapping; i++) {
    const a = (infos[i] as Info).first;
    overlapping = intersects(a, against) || infos.slice(i + 1).some((x) => intersects(a, x.first));
  }
  // Options that cannot start alike are tried past their first character one at a time.
  const apart = !overlapping && !infos.some((x) => x.nullable);
  return infos.reduce<Info>(
    (acc, x) => ({
      first: union(acc.first, x.first),
      nullable: acc.nullable || x.nullable,
      empty: acc.empty || x.empty,
      zeroWidth: acc.zeroWidth && x.zeroWidth,
      total: Math.max(acc.total, x.total),
      cont: union(acc.cont, x.cont),
      deg: Math.max(acc.deg, x.deg),
      ways: apart ? Math.max(acc.ways, x.ways) : acc.ways + x.ways,
      overlapping: acc.overlapping || x.overlapping,
      unbounded: acc.unbounded || x.unbounded,
    }),
    { first: NONE, nullable: false, empty: false, zeroWidth: true, total: 0, cont: NONE, deg: 0, ways: 0, overlapping, unbounded: false },
  );
}

function sequence(elements: readonly AST.Element[], follow: Ranges): Info {
  const infos = new Array<Info>(elements.length);
  let next = follow;
  for (let i = elements.length - 1; i >= 0; i--) {
    const info = element(elements[i] as AST.Element, next);
    infos[i] = info;
    next = info.nullable ? union(info.first, next) : info.first;
  }
  let first: Ranges = NONE;
  let nullable = true;
  let empty = true;
  let zeroWidth = true;
  let total = 0;
  let cont: Ranges = NONE;
  let deg = 0;
  let ways = 1;
  let overlapping = false;
  let unbounded = false;
  for (const info of infos) {
    if (nullable) first = union(first, info.first);
    nullable &&= info.nullable;
    empty &&= info.empty;
    zeroWidth &&= info.zeroWidth;
    total = Math.max(total, deg + info.total);
    if (!info.zeroWidth) cont = info.empty ? union(union(cont, info.first), info.cont) : info.cont;
    deg += info.deg;
    ways = Math.min(ways * info.ways, Number.MAX_SAFE_INTEGER);
    overlapping ||= info.overlapping;
    unbounded ||= info.unbounded;
  }
  return { first, nullable, empty, zeroWidth, total: Math.max(total, deg), cont, deg, ways, overlapping, unbounded };
}

function element(node: AST.Element, follow: Ranges): Info {
  switch (node.type) {
    case 'Character':
      return single([node.value, node.value]);
    case 'CharacterSet':
      return single(setRanges(node));
    case 'CharacterClass':
      return single(classRanges(node));
    case 'ExpressionCharacterClass':
      return single(ALL);
    case 'Backreference':
      throw new Refused('uses a back-reference (\\1, \\k<name>); write the words out instead');
    case 'Group':
    case 'CapturingGroup':
      return alternatives(node.alternatives, follow);
    case 'Assertion':
      if (node.kind === 'end') return { ...ZERO_WIDTH, nullable: false }; // nothing follows `$`
      if (node.kind === 'lookahead' || node.kind === 'lookbehind') {
        // Atomic: evaluated afresh wherever the search reaches it, never backtracked into.
        const body = alternatives(node.alternatives, NONE);
        if (body.total > 1) throw new Refused('has a lookaround ((?=…), (?<=…)) whose time grows with the square of the reply length; bound its repetition with {0,N}');
        if (body.ways > MAX_WAYS) throw new Refused(`has a lookaround with more than ${MAX_WAYS} ways to match; use shorter gaps`);
        const total = Math.max(body.total, body.unbounded ? 1 : 0);
        // A lookahead that needs a character says what may come next.
        if (node.kind === 'lookahead' && !node.negate && !body.nullable) return { ...ZERO_WIDTH, total, first: body.first, nullable: false };
        return { ...ZERO_WIDTH, total };
      }
      return ZERO_WIDTH;
    case 'Quantifier':
      return quantifier(node, follow);
  }
}

function quantifier(node: AST.Quantifier, follow: Ranges): Info {
  const { min, max } = node;
  const inner = node.element;
  const isSingle = inner.type === 'Character' || inner.type === 'CharacterSet' || inner.type === 'CharacterClass';
  if (max <= 1) {
    const body = element(inner, follow);
    return { ...body, nullable: body.nullable || min === 0, empty: body.empty || min === 0, ways: body.ways + (min === 0 && max === 1 ? 1 : 0) };
  }
  const large = max > LARGE;
  if (isSingle) {
    const set = element(inner, follow).first;
    const trades = intersects(set, follow);
    return {
      first: set,
      nullable: min === 0,
      empty: min === 0,
      zeroWidth: false,
      total: large ? 1 : 0, // one pass over the rest of the reply
      cont: set,
      deg: large && trades ? 1 : 0,
      ways: !large && trades ? max - min + 1 : 1,
      overlapping: false,
      unbounded: large,
    };
  }
  // A repeated group: one way to split any text into repetitions, or exponential.
  const first = element(inner, ALL).first;
  const body = element(inner, union(first, follow));
  if (body.empty) throw new Refused('repeats a part that can match nothing, such as (a?)* or (a*)+');
  if (intersects(body.cont, body.first)) throw new Refused('repeats a part that can end where its next repetition starts, such as (a+)+ or (\\w+\\s?)+ (nested repetition)');
  const trades = intersects(body.first, follow);
  const common = { first: body.first, nullable: min === 0, empty: min === 0, zeroWidth: false, cont: union(body.cont, body.first), overlapping: false };
  if (large) {
    if (body.overlapping) throw new Refused('repeats a choice whose options can match the same text, such as (a|ab)* or (x|x)+');
    if (body.deg > 0 || body.ways > 1) throw new Refused('repeats without bound a part that can match in several ways (nested repetition); bound the outer repetition with {0,N}');
    const deg = trades ? 1 : 0;
    return { ...common, deg, total: Math.max(deg, 1 + body.total), ways: 1, unbounded: true };
  }
  return {
    ...common,
    deg: body.deg * max,
    total: body.deg * max + body.total - body.deg,
    ways: Math.min(body.ways ** max * (trades ? max - min + 1 : 1), Number.MAX_SAFE_INTEGER),
    overlapping: false,
    unbounded: body.unbounded,
  };
}

/**
 * Why this pattern could backtrack catastrophically on a long reply, as the end of a sentence that starts
 * with the pattern ("… repeats a part that …"), or null if its work is bounded.
 */
export function backtrackingProblem(pattern: AST.Pattern): string | null {
  try {
    // Nothing need match after the pattern: a repetition at its end succeeds at its first length.
    const info = alternatives(pattern.alternatives, NONE);
    if (info.total >= 2) {
      return 'has several unbounded repetitions (+, *, {n,}) that can match the same characters one after another, so its time grows with the square of the reply length or worse; bound all but one with {0,N}';
    }
    if (info.ways > MAX_WAYS) return `has gaps ({0,N}, ~N) that together allow more than ${MAX_WAYS} ways to match; use fewer or shorter gaps`;
    return null;
  } catch (error) {
    if (error instanceof Refused) return error.message;
    throw error;
  }
}
