// English words inside a Chinese reply read as their Chinese equivalents (Hong Kong code-switching:
// 我幫你check下, call返你, escalate咗俾supervisor), so the Chinese lexicon reads them; the vocabulary
// is data (data/code-switch.json). Runs on the folded text (Simplified, lower case) of replies that
// contain Chinese; the span map is kept, so evidence still points at the English word typed.
import data from '../data/code-switch.json' with { type: 'json' };
import type { FoldedText } from './normalize.ts';
import { applyRewrites, type Rewrite } from './rewrite.ts';

interface CodeSwitchEntry {
  /** Lower-case regular expression, matched as whole English words. */
  pattern: string;
  /** Its Simplified Chinese reading. */
  zh: string;
  /** A reply that uses it, and what that reply folds to (tested). */
  example: string;
  folds: string;
}

export const CODE_SWITCH: readonly CodeSwitchEntry[] = (data as { entries: CodeSwitchEntry[] }).entries;

const HAN = /[\u3400-\u9fff]/;
const LATIN = /[a-z]/;
let rewrite: Rewrite | undefined;
const SPACE_BETWEEN_HAN: Rewrite = [/(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, '', ' '];

/** One regex for the whole vocabulary: group i+1 is entry i; the earlier entry wins at one position. */
function codeSwitchRewrite(): Rewrite {
  const re = new RegExp(`(?<![a-z])(?:${CODE_SWITCH.map((e) => `(${e.pattern})`).join('|')})(?![a-z])`, 'g');
  return [re, (m) => CODE_SWITCH[m.findIndex((g, i) => i > 0 && g !== undefined) - 1]?.zh ?? m[0], ''];
}

/** Folds English words in a reply that also has Chinese characters. */
export function foldCodeSwitch(f: FoldedText): FoldedText {
  if (!HAN.test(f.text) || !LATIN.test(f.text)) return f;
  // A space between two English words that are now Chinese goes, as it does between Chinese characters.
  return applyRewrites(f, [(rewrite ??= codeSwitchRewrite()), SPACE_BETWEEN_HAN]);
}

/**
 * How an English word or phrase reads inside a Chinese reply ("phone" → 致电), or null when the
 * vocabulary does not cover it; for matching English fact topics in code-switched replies.
 */
export function codeSwitchReading(english: string): string | null {
  const folded = foldCodeSwitch({ original: english, text: `中${english.toLowerCase()}`, starts: [], ends: [], traditional: false }).text.slice(1);
  return /[a-z]/.test(folded) ? null : folded;
}
