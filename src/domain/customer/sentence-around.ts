// The sentence a span of a reply sits in: from after the previous sentence end (. ! ? 。！？ or a line
// break) to its own end mark. Used to tell a time stated from one asked about or read back to the customer.

/** Start and end of the sentence holding text[start, end); end is the index of its end mark (or the text's length). */
export function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  const from = text.slice(0, start).search(/[^.!?。！？\n]*$/u);
  const after = text.slice(end).search(/[.!?。！？\n]/u);
  return { from, to: after < 0 ? text.length : end + after };
}

/** The sentence ends in a question mark. */
export const endsInQuestion = (text: string, to: number): boolean => /[?？]/u.test(text.charAt(to));
