/** A [start, end) range in the folded text. */
export interface Span {
  start: number;
  end: number;
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** Calls `each` for every non-empty match of a global regex in text. */
export function eachMatch(re: RegExp | null | undefined, text: string, each: (m: RegExpExecArray) => void): void {
  if (!re) return;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    else each(m);
  }
}

/** Every match of a global regex in text, as spans (zero-length matches skipped). */
export function findAll(re: RegExp | null | undefined, text: string): Span[] {
  const out: Span[] = [];
  eachMatch(re, text, (m) => out.push({ start: m.index, end: m.index + m[0].length }));
  return out;
}
