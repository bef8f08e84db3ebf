// Traditional → Simplified folding for matching, with opencc-js.
// Only the cheap T→S pieces are imported (core + from/tw + from/hk + to/cn, tens of KB); the
// Simplified→Traditional dictionary is ~430 KB gzipped and is never needed for matching.
import { ConverterFactory } from 'opencc-js/core';
import fromTw from 'opencc-js/from/tw';
import fromHk from 'opencc-js/from/hk';
import toCn from 'opencc-js/to/cn';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';

let converter: ((s: string) => string) | undefined;

/** Traditional (Taiwan or Hong Kong variants) → Simplified. Idempotent on Simplified text. */
export function toSimplified(text: string): string {
  converter ??= ConverterFactory(fromHk, fromTw, toCn);
  return converter(text);
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
