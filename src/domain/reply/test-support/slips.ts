// Test support for typo folding: a slip reads exactly as the word meant, so folding neither hides a listed phrase nor
// makes one — the slip and its correct twin normalise alike and get the same forbidden flags.
import { expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';
import { normalize } from '../text/normalize.ts';

/** The forbidden-phrase ids a reply is flagged with, sorted. */
export const flags = (text: string): string[] => classifyReply(text).forbidden.map((h) => h.id).sort();

/** One test per pair: the slip normalises to the word meant and is flagged exactly as it is. */
export function itReadsSlipsAsMeant(pairs: readonly (readonly [slip: string, meant: string])[]): void {
  it.each(pairs)('%s', (slip, meant) => {
    expect(normalize(slip).text).toBe(normalize(meant).text);
    expect(flags(slip)).toEqual(flags(meant));
  });
}
