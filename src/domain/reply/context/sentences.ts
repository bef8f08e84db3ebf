import type { Span } from './span.ts';

/** A sentence of the folded text, with its clauses (split on , : ; and quotes). */
export interface Sentence extends Span {
  /** The sentence's folded text, terminator included. */
  text: string;
  /** Ends with '?' (after folding ？ and full-width forms). */
  endsWithQuestionMark: boolean;
  clauses: Span[];
}

const isTerminator = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10; // . ! ? \n
const isClauseBreak = (c: number): boolean => c === 44 || c === 58 || c === 59 || c === 34; // , : ; "


/** Splits folded text into sentences (on . ! ? and line breaks) and clauses (on , : ; and quotes): a semicolon joins the parts of one sentence, as in a paraphrase that lists the details. */
export function splitSentences(text: string, softBreaks: ReadonlySet<number> = NO_BREAKS, hardBreaks: ReadonlySet<number> = NO_BREAKS): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const atEnd = i === text.length;
    // A run-on's break (run-on-breaks.ts) ends the sentence before the word at i, as a full stop would.
    if (!atEnd && hardBreaks.has(i + 1) && i + 1 > start) {
      if (text.slice(start, i + 1).trim() !== '') out.push(makeSentence(text, start, i + 1, softBreaks));
      start = i + 1;
      continue;
    }
    if (!atEnd && !isTerminator(text.charCodeAt(i))) continue;
    // Keep runs of terminators (?!, ...) with their sentence.
    let end = atEnd ? i : i + 1;
    while (end < text.length && isTerminator(text.charCodeAt(end))) end++;
    if (end > start && text.slice(start, end).trim() !== '') {
      out.push(makeSentence(text, start, end, softBreaks));
    }
    if (atEnd) break;
    start = end;
    i = end - 1;
  }
  return out;
}

const NO_BREAKS: ReadonlySet<number> = new Set();

function makeSentence(text: string, start: number, end: number, softBreaks: ReadonlySet<number>): Sentence {
  const body = text.slice(start, end);
  const clauses: Span[] = [];
  let c = start;
  for (let i = start; i < end; i++) {
    if (isClauseBreak(text.charCodeAt(i))) {
      if (i > c) clauses.push({ start: c, end: i });
      c = i + 1;
    } else if (softBreaks.has(i) && i > c) {
      // A space typed between two Chinese characters (folding drops it) separates clauses in chat.
      clauses.push({ start: c, end: i });
      c = i;
    }
  }
  if (end > c) clauses.push({ start: c, end });
  return { start, end, text: body, endsWithQuestionMark: /\?[?!.]*\s*$/.test(body), clauses };
}

/**
 * Stretches inside quotation marks: "…" (every quote folds to ") and '…' opened after a space or
 * punctuation and closed before one, so an apostrophe inside a word ("customer's") opens nothing.
 */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/"([^"]{1,120})"/g)) out.push({ start: (m.index ?? 0) + 1, end: (m.index ?? 0) + m[0].length - 1 });
  for (const m of text.matchAll(/(^|[\s,.:;!?(])'([^']{2,120}?)'(?=[\s,.:;!?)]|$)/g)) {
    const start = (m.index ?? 0) + (m[1] ?? '').length + 1;
    out.push({ start, end: start + (m[2] ?? '').length });
  }
  return out;
}
