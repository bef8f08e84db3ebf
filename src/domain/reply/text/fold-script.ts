// Traditional → Simplified folding for matching, with opencc-js.
// Only the cheap T→S pieces are imported (core + from/tw + from/hk + to/cn, tens of KB); the
// Simplified→Traditional dictionary is ~430 KB gzipped and is never needed for matching.
import { ConverterFactory } from 'opencc-js/core';
import fromTw from 'opencc-js/from/tw';
import fromHk from 'opencc-js/from/hk';
import toCn from 'opencc-js/to/cn';
import TSCharacters from 'opencc-js/dict/TSCharacters';

let converter: ((s: string) => string) | undefined;

/** Traditional (Taiwan or Hong Kong variants) → Simplified. Idempotent on Simplified text. */
export function toSimplified(text: string): string {
  converter ??= ConverterFactory(fromHk, fromTw, toCn);
  return converter(text);
}

let simplifiedOnly: Set<string> | undefined;

/**
 * Characters that are the Simplified form of some Traditional character and are not themselves
 * Traditional: their presence says a reply was typed in Simplified. Derived from OpenCC's own table.
 */
export function isSimplifiedOnly(ch: string): boolean {
  if (!simplifiedOnly) {
    const keys = new Set<string>();
    const values = new Set<string>();
    for (const pair of (TSCharacters as string).split('|')) {
      const [from, ...to] = pair.split(' ');
      if (!from) continue;
      keys.add(from);
      for (const t of to) if (t !== from) values.add(t);
    }
    simplifiedOnly = new Set([...values].filter((v) => !keys.has(v)));
  }
  return simplifiedOnly.has(ch);
}
