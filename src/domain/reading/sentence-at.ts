// The sentence around an offset, found by scanning for end marks either side — for readings that work on raw
// offsets (the original text's, or the folded text's) rather than on the classifier's sentences.

/** Statement ends in the original text, either script or width. */
export const SENTENCE_END = /[.!?。！？\n]/;

/** The sentence of `text` around `at`: [from, to), `to` at its end mark (or the text's end). */
export function sentenceAt(text: string, at: number, end: RegExp = SENTENCE_END): { from: number; to: number } {
  let from = at;
  while (from > 0 && !end.test(text.charAt(from - 1))) from--;
  let to = at;
  while (to < text.length && !end.test(text.charAt(to))) to++;
  return { from, to };
}
