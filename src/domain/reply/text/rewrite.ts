// Rewrites of a folded reply that keep its span map (contractions, typos, English inside Chinese).
import type { FoldedText } from './normalize.ts';

/**
 * A rewrite of the folded text: every match of a global regex replaced (`$1` allowed). `literal` is a
 * string every match contains, so a reply without it skips the regex.
 */
export type Rewrite = readonly [re: RegExp, replacement: string | ((match: RegExpExecArray) => string), literal: string];

/**
 * Applies rewrites in order, keeping the span map: every character a rewrite writes points at the
 * whole original span of the words it replaced, so evidence still points at what the trainee typed.
 */
export function applyRewrites(f: FoldedText, rewrites: readonly Rewrite[], hint?: RegExp): FoldedText {
  if (hint && !hint.test(f.text)) return f;
  let { text, starts, ends } = f;
  for (const [re, replacement, literal] of rewrites) {
    if (!text.includes(literal)) continue;
    re.lastIndex = 0;
    if (!re.test(text)) continue;
    re.lastIndex = 0;
    let out = '';
    const s: number[] = [];
    const e: number[] = [];
    let last = 0;
    for (const m of text.matchAll(re) as IterableIterator<RegExpExecArray>) {
      const at = m.index;
      out += text.slice(last, at);
      s.push(...starts.slice(last, at));
      e.push(...ends.slice(last, at));
      // $n is filled from the match itself: re-running the regex on the matched words alone would lose
      // the context its lookarounds need.
      const rep = typeof replacement === 'string' ? replacement.replace(/\$(\d)/g, (_d, n: string) => m[Number(n)] ?? '') : replacement(m);
      const spanStart = starts[at] ?? 0;
      const spanEnd = ends[at + m[0].length - 1] ?? spanStart;
      out += rep;
      for (let i = 0; i < rep.length; i++) {
        s.push(spanStart);
        e.push(spanEnd);
      }
      last = at + m[0].length;
    }
    out += text.slice(last);
    s.push(...starts.slice(last));
    e.push(...ends.slice(last));
    text = out;
    starts = s;
    ends = e;
  }
  return text === f.text ? f : { original: f.original, text, starts, ends, traditional: f.traditional };
}
