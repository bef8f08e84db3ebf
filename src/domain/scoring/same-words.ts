import { normalize } from '../reply/text/normalize.ts';

/**
 * Whether the trainee's words are the listed phrase itself rather than a variant of it (你冷静一点 for the
 * listed 你平静一点): compared as the matcher folds them (script, case, width), spaces and punctuation
 * ignored. The feedback and the scorecard say "a variant of X" only when they differ.
 */
export function sameWords(matched: string, listed: string): boolean {
  const bare = (s: string) => normalize(s).text.replace(/[^\p{L}\p{N}]/gu, '');
  return bare(matched) === bare(listed);
}
