// A compiled lexicon list: the alternation of its patterns, searched the way one regex `A|B|C` with the
// global flag is searched — leftmost match first, and at one position the first alternative that matches —
// but with each alternative behind its own gate (gate.ts), so a reply pays only for the alternatives whose
// words it holds. A reply of 40 characters typically opens a handful of the lexicons' ~1,400 patterns.
import type { Span } from '../context/span.ts';
import { eachOpened } from './gate-index.ts';
import type { Language } from './lexicon.types.ts';

export interface Alternative {
  /** The folded, expanded pattern source. */
  body: string;
  /** The alternative alone (whole words for English), global flag. */
  re: RegExp;
  /** Its id in the gate index (gate.ts). */
  id: number;
  /** Which list of a union it belongs to (0 for a plain alternation). */
  group: number;
  /** The lexicon entry id (data/lexicon) the pattern came from. */
  entry: string;
}

/** A match, the union list it came from and the entry whose pattern matched. */
export interface GroupSpan extends Span {
  group: number;
  entry: string;
}

// English patterns match whole words only.
export const wholeWords = (body: string, language: Language): string => (language === 'en' ? `(?<![a-z0-9])(?:${body})(?![a-z0-9])` : body);

/** Rewrites capturing groups as non-capturing, so a pattern can be wrapped in one group of a union. */
export function toNonCapturing(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
    } else if (ch === '(' && source[i + 1] !== '?') {
      out += '(?:';
      continue;
    }
    out += ch;
  }
  return out;
}

/** Alternatives with consecutive ids: the ones a stamp opens are one slice of its sorted list. */
interface Segment {
  first: number;
  alternatives: readonly Alternative[];
}

export class LexPattern {
  private union: RegExp | undefined;
  readonly segments: readonly Segment[];

  constructor(
    readonly alternatives: readonly Alternative[],
    readonly language: Language,
    /** For a union of lists (the forbidden phrases): how many lists; 0 for a plain alternation. */
    readonly lists = 0,
  ) {
    const segments: { first: number; alternatives: Alternative[] }[] = [];
    for (const alt of alternatives) {
      const last = segments.at(-1);
      if (last && alt.id === last.first + last.alternatives.length) last.alternatives.push(alt);
      else segments.push({ first: alt.id, alternatives: [alt] });
    }
    this.segments = segments;
  }

  /**
   * The whole alternation as one global regex: top-level group i+1 is alternative i (for a union of
   * lists, list i). `search`
   * finds exactly its matches; it is built only when a reply opens too many alternatives to search apart.
   */
  get regex(): RegExp {
    if (!this.union) {
      const source =
        this.lists === 0
          ? this.alternatives.map((a) => `(${toNonCapturing(a.body)})`).join('|')
          : Array.from({ length: this.lists }, (_, i) => {
              const bodies = this.alternatives.filter((a) => a.group === i).map((a) => toNonCapturing(a.body));
              return bodies.length === 0 ? '(?!)' : `(${bodies.join('|')})`;
            }).join('|');
      this.union = new RegExp(wholeWords(source, this.language), 'g');
    }
    return this.union;
  }

  /** This alternation followed by more alternatives (a scenario's extra phrases after the shipped ones). */
  concat(more: LexPattern | null): LexPattern {
    return more ? new LexPattern([...this.alternatives, ...more.alternatives], this.language) : this;
  }
}

/**
 * How lists are searched: 'gated' (each pattern behind its gate, the app's way) or 'union' (one
 * alternation per list, no gates): `npm run bench` times both in one run, the machinery's justification.
 */
export type SearchMode = 'gated' | 'union';
let searchMode: SearchMode = 'gated';
export const setSearchMode = (mode: SearchMode): void => {
  searchMode = mode;
};
export const currentSearchMode = (): SearchMode => searchMode;

// Small regexes with a literal to look for scan fast; the whole alternation tries every alternative at
// every position. Only when a reply opens very many is one search of the whole cheaper.
const MAX_SEPARATE = 24;

/**
 * Every non-empty match, exactly as a global search of `pattern.regex` finds them (zero-length matches
 * skipped), in `text` — which must be the reply last stamped (gate.ts `stampKeys`).
 */
export function searchPattern(pattern: LexPattern, text: string): GroupSpan[] {
  if (searchMode === 'union') return searchUnion(pattern, text);
  const open: Alternative[] = [];
  for (const { first, alternatives } of pattern.segments) {
    eachOpened(first, first + alternatives.length, (id) => open.push(alternatives[id - first] as Alternative));
  }
  if (open.length > MAX_SEPARATE) return searchUnion(pattern, text);
  if (open.length === 0) return [];
  if (open.length === 1) {
    const only = open[0] as Alternative;
    return searchRegex(only.re, text, () => only);
  }
  return searchSeparately(open, text);
}

/** Every non-empty match of one global regex (a plain global search), each with its list. */
function searchRegex(re: RegExp, text: string, alternativeOf: (m: RegExpExecArray) => Alternative): GroupSpan[] {
  const out: GroupSpan[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    else {
      const alt = alternativeOf(m);
      out.push({ start: m.index, end: m.index + m[0].length, group: alt.group, entry: alt.entry });
    }
  }
  return out;
}

/**
 * The union's own search. The first defined top-level group says which alternative matched (for a union
 * of lists, which list: its first alternative stands for it).
 */
function searchUnion(pattern: LexPattern, text: string): GroupSpan[] {
  return searchRegex(pattern.regex, text, (m) => {
    const index = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
    if (pattern.lists === 0) return pattern.alternatives[index] as Alternative;
    return pattern.alternatives.find((a) => a.group === index) as Alternative;
  });
}

/**
 * The union's semantics over separate searches: from position `pos`, the earliest match of any open
 * alternative wins, and on a tie the earlier alternative. A cached match at or after `pos` is still the
 * leftmost from `pos`, so only alternatives whose cached match lies behind `pos` search again.
 */
function searchSeparately(open: readonly Alternative[], text: string): GroupSpan[] {
  const out: GroupSpan[] = [];
  const n = open.length;
  const at = new Array<number>(n).fill(-1); // cached match start; -1 stale; Infinity none left
  const end = new Array<number>(n).fill(0);
  let pos = 0;
  for (;;) {
    let best = -1;
    let bestAt = Infinity;
    for (let i = 0; i < n; i++) {
      if ((at[i] as number) < pos) {
        const re = (open[i] as Alternative).re;
        re.lastIndex = pos;
        const m = re.exec(text);
        at[i] = m === null ? Infinity : m.index;
        end[i] = m === null ? 0 : m.index + m[0].length;
      }
      if ((at[i] as number) < bestAt) {
        bestAt = at[i] as number;
        best = i;
      }
    }
    if (best < 0) return out;
    const e = end[best] as number;
    if (e === bestAt) pos = bestAt + 1;
    else {
      const alt = open[best] as Alternative;
      out.push({ start: bestAt, end: e, group: alt.group, entry: alt.entry });
      pos = e;
    }
  }
}
