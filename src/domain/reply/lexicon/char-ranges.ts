// Sets of UTF-16 code units as sorted [lo, hi] pairs, and the sets a pattern's character classes denote:
// what backtracking.ts needs to tell whether a repetition's characters could also be what follows it.
import type { AST } from '@eslint-community/regexpp';

export type Ranges = readonly number[];
const MAX_UNIT = 0xffff;
export const NONE: Ranges = [];
export const ALL: Ranges = [0, MAX_UNIT];

export function union(a: Ranges, b: Ranges): Ranges {
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

export function intersects(a: Ranges, b: Ranges): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if ((a[i + 1] as number) < (b[j] as number)) i += 2;
    else if ((b[j + 1] as number) < (a[i] as number)) j += 2;
    else return true;
  }
  return false;
}

export const DIGIT: Ranges = [48, 57];
export const WORD: Ranges = [48, 57, 65, 90, 95, 95, 97, 122];
export const SPACE: Ranges = [9, 13, 32, 32, 160, 160, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff];
export const DOT: Ranges = complement([10, 10, 13, 13, 0x2028, 0x2029]);

export function setRanges(node: AST.CharacterSet): Ranges {
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

export function classRanges(node: AST.CharacterClass): Ranges {
  let out: Ranges = NONE;
  for (const e of node.elements) {
    if (e.type === 'Character') out = union(out, [e.value, e.value]);
    else if (e.type === 'CharacterClassRange') out = union(out, [e.min.value, e.max.value]);
    else if (e.type === 'CharacterSet') out = union(out, setRanges(e));
    else out = ALL;
  }
  return node.negate ? complement(out) : out;
}
