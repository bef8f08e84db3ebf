// The back-off's features (backoff/README.md): only what a trainer would accept as the words that earned a move —
// Chinese n-grams of 2–3 characters and English content words and word pairs, read on the reader's folded text
// (Simplified, lower-case, contractions expanded) so one feature covers 您/你, Traditional/Simplified and "I'm"/"I am".
// Each feature keeps where it was first seen in the folded text, so its evidence maps back to the trainee's own words.

/** A feature and the folded span [start, end) of its first occurrence. */
export interface Feature {
  key: string;
  start: number;
  end: number;
}

const CJK_RUN = /[\u3400-\u9fff]+/g;
const WORD = /[a-z][a-z']*/g;

// Characters that carry no move on their own (pronouns, particles, copulas, measure words): an n-gram made only of
// these (我们, 你的, 是他, 就是) is not evidence a trainer would accept, so it is never a feature.
const FUNCTION_CHARS = new Set(
  Array.from('的地得了着过是我你他她它们这那哪个些在就都也还又吗呢吧啊呀哦嗯嘛啦喇咯啰噢哈嘅咗喺系佢哋啲咁噉既和与及或而被把给对于从到一有个只么之其此'),
);

/** English words that carry no move on their own; a feature of only these ("for the", "it is") is never kept. */
export const STOPWORDS = new Set(
  (
    'a an the and or but if so as at by for from in into of on onto to up with about over than then that this these those it its ' +
    'i me my mine we us our ours you your yours he him his she her hers they them their theirs is am are was were be been being ' +
    'do does did done have has had having will would shall should can could may might must just also too very really there here ' +
    'what which who whom whose when where why how all any both each few more most other some such no nor not only own same ' +
    'again further once s t d ll m o re ve y let get got go going one oh ok okay um uh well yes yeah hi hey'
  ).split(' '),
);

const functionOnly = (s: string): boolean => {
  for (const ch of s) if (!FUNCTION_CHARS.has(ch)) return false;
  return true;
};

/** The features of a folded text, each once, at its first occurrence, in text order within each script. */
export function extractFeatures(folded: string): Feature[] {
  const seen = new Set<string>();
  const out: Feature[] = [];
  const add = (key: string, start: number, end: number) => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ key, start, end });
  };
  if (/[\u3400-\u9fff]/.test(folded)) {
    for (const m of folded.matchAll(CJK_RUN)) {
      const run = m[0];
      const at = m.index ?? 0;
      // Folded CJK text is BMP ideographs (U+3400–U+9FFF), one code unit each: offsets are plain indices.
      for (let i = 0; i + 1 < run.length; i++) {
        const two = run.slice(i, i + 2);
        if (!functionOnly(two)) add(two, at + i, at + i + 2);
        if (i + 2 < run.length) {
          const three = run.slice(i, i + 3);
          if (!functionOnly(three)) add(three, at + i, at + i + 3);
        }
      }
    }
  }
  if (/[a-z]/.test(folded)) {
    let prev: { w: string; start: number } | null = null;
    let prevEnd = -1;
    for (const m of folded.matchAll(WORD)) {
      const w = m[0].replace(/'+$/, '');
      const start = m.index ?? 0;
      const end = start + w.length;
      if (w.length === 0) continue;
      const stop = STOPWORDS.has(w) || w.length < 2;
      if (!stop) add(w, start, end);
      // A pair only across a space (not across a comma or full stop), and only with a content word in it.
      if (prev !== null && /^ +$/.test(folded.slice(prevEnd, start)) && !(stop && (STOPWORDS.has(prev.w) || prev.w.length < 2))) add(`${prev.w} ${w}`, prev.start, end);
      prev = { w, start };
      prevEnd = end;
    }
  }
  return out;
}
