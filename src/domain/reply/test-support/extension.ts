import type { MoveId } from '../moves.ts';
import type { Language, LexiconExtension } from '../lexicon/lexicon.types.ts';

/** A scenario lexicon extension with one entry per pattern, ids `test/<move>/<lang>/<n>`. */
export function extension(move: MoveId, lang: Language, ...patterns: string[]): LexiconExtension {
  return { entries: patterns.map((pattern, i) => ({ id: `test/${move}/${lang}/${i + 1}`, move, lang, pattern, examples: [] })) };
}
