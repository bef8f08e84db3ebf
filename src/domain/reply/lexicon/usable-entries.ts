// The safety rule for phrases an organisation adds (a scenario's lexicon.entries, written by hand after a
// misread review or added from the studio's preview): every entry passes the same pattern checks as the
// shipped lexicon (syntax as written, size, nesting, no catastrophic backtracking) before it may run on a
// reply. The validator names each refused entry; everything that reads replies (the preview, the saved
// tests, the phrase check) runs with the usable entries only, so one bad entry never takes a screen down.
import { patternProblem } from './pattern-check.ts';
import type { ExtensionEntry, LexiconExtension } from './lexicon.types.ts';

/** One refused entry: where it is, its id, and why (the checker's sentence, quoting the pattern). */
export interface RefusedEntry {
  index: number;
  id: string;
  problem: string;
}

/** The extension with only the entries that may run, and the refused ones named. */
export function usableEntries<E extends ExtensionEntry>(entries: readonly E[]): { usable: E[]; refused: RefusedEntry[] } {
  const usable: E[] = [];
  const refused: RefusedEntry[] = [];
  entries.forEach((entry, index) => {
    const problem = patternProblem(entry.pattern, entry.lang);
    if (problem === null) usable.push(entry);
    else refused.push({ index, id: entry.id, problem });
  });
  return { usable, refused };
}

/** The lexicon an untrusted scenario may run with: its refused entries left out. */
export function usableLexicon<L extends LexiconExtension>(lexicon: L | undefined): L | undefined {
  if (!lexicon?.entries) return lexicon;
  const { usable, refused } = usableEntries(lexicon.entries);
  return refused.length === 0 ? lexicon : { ...lexicon, entries: usable };
}
