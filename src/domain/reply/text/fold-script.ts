// Traditional → Simplified folding for matching, with opencc-js.
// Only the cheap T→S pieces are imported (core + from/tw + from/hk + to/cn, tens of KB); the
// Simplified→Traditional dictionary is ~430 KB gzipped and is never needed for matching.
import { ConverterFactory, type DictGroup } from 'opencc-js/core';
import fromTw from 'opencc-js/from/tw';
import fromHk from 'opencc-js/from/hk';
import toCn from 'opencc-js/to/cn';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';

/** One OpenCC conversion pass, and the code points its dictionary entries start with. */
interface Pass {
  convert: (s: string) => string;
  starts: Set<number>;
}

let passes: Pass[] | undefined;

function makePass(groups: DictGroup[]): Pass {
  const starts = new Set<number>();
  for (const group of groups) {
    for (const dict of group) {
      const keys = typeof dict === 'string' ? dict.split('|').map((entry) => entry.split(' ')[0] ?? '') : dict.map(([key]) => key);
      for (const key of keys) if (key) starts.add(key.codePointAt(0) as number);
    }
  }
  return { convert: ConverterFactory(groups), starts };
}

/**
 * Traditional (Taiwan or Hong Kong variants) → Simplified. Idempotent on Simplified text.
 * The same passes as ConverterFactory(fromHk, fromTw, toCn), in order; a pass is skipped when no
 * character of the text starts one of its entries — it would return the text unchanged — which is
 * most texts for the two variant passes (this runs on every Chinese reply).
 */
export function toSimplified(text: string): string {
  passes ??= [makePass(fromHk), makePass(fromTw), makePass(toCn)];
  let out = text;
  for (const { convert, starts } of passes) {
    for (let i = 0; i < out.length; i++) {
      if (starts.has(out.codePointAt(i) as number)) {
        out = convert(out);
        break;
      }
    }
  }
  return out;
}

let simplifiedOnly: Set<string> | undefined;

/**
 * Characters whose Traditional form is a different character (这→這, 发→發): their presence says a
 * reply was typed in Simplified. Derived from OpenCC's character table (STCharacters, ~19 KB gz; the
 * phrase table is what is large), so shared characters like 真 or 的 never count.
 */
export function isSimplifiedOnly(ch: string): boolean {
  if (!simplifiedOnly) {
    simplifiedOnly = new Set<string>();
    for (const pair of (STCharacters as string).split('|')) {
      const [from, ...to] = pair.split(' ');
      if (from && !to.includes(from)) simplifiedOnly.add(from);
    }
  }
  return simplifiedOnly.has(ch);
}

let simplifiedForms: Set<string> | undefined;

/**
 * Folds a pattern written by a person (Traditional or Simplified) to Simplified, character by
 * character. Regex syntax splits words apart, and OpenCC reads a lone 么 as the Traditional 么 (→ 幺),
 * so characters that already are Simplified forms are kept as written.
 */
export function toSimplifiedPattern(pattern: string): string {
  if (!simplifiedForms) {
    simplifiedForms = new Set<string>();
    for (const pair of (TSCharacters as string).split('|')) {
      const [, ...to] = pair.split(' ');
      for (const t of to) simplifiedForms.add(t);
    }
  }
  const forms = simplifiedForms;
  return Array.from(pattern, (ch) => (ch.charCodeAt(0) < 0x3400 || forms.has(ch) ? ch : toSimplified(ch))).join('');
}
