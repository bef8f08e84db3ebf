// English words inside a Chinese reply read as their Chinese equivalents (Hong Kong code-switching:
// 我幫你check下, call返你, escalate咗俾supervisor), so the Chinese lexicon reads them; the vocabulary
// is data (data/code-switch.json). Runs on the folded text (Simplified, lower case) of replies that
// contain Chinese; the span map is kept, so evidence still points at the English word typed.
import data from '../data/code-switch.json' with { type: 'json' };
import type { FoldedText } from './normalize.ts';
import { foldTypos } from './fold-typos.ts';
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

interface InEnglishEntry {
  /** Regular expression on the folded Chinese (Simplified, Cantonese folded). */
  pattern: string;
  /** Its English reading. */
  en: string;
  /** A reply that uses it, and what that reply folds to (tested). */
  example: string;
  folds: string;
}

/** Chinese words inside an English reply ("sorry we 搞錯咗", "I will 跟進 personally") and their English readings. */
export const IN_ENGLISH: readonly InEnglishEntry[] = (data as { inEnglish: InEnglishEntry[] }).inEnglish;

const HAN = /[\u3400-\u9fff]/;
const LATIN = /[a-z]/;
let rewrite: Rewrite | undefined;
const SPACE_BETWEEN_HAN: Rewrite = [/(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, '', ' '];

/** One regex for the whole vocabulary: group i+1 is entry i; the earlier entry wins at one position. */
function codeSwitchRewrite(): Rewrite {
  const re = new RegExp(`(?<![a-z])(?:${CODE_SWITCH.map((e) => `(${e.pattern})`).join('|')})(?![a-z])`, 'g');
  return [re, (m) => CODE_SWITCH[m.findIndex((g, i) => i > 0 && g !== undefined) - 1]?.zh ?? m[0], ''];
}

/**
 * English function words: the grammar of a mixed reply comes from the language its function words are in (the
 * matrix language), whatever its content words are. "sorry we 搞錯咗" and "I will 跟進 personally" are English
 * sentences with Chinese words in them; "我而家幫你check下" is a Chinese one with an English word. The "you" of a
 * set phrase ("Thank you你咁耐心") is part of the phrase, not the grammar, and the "am" of "10am" is a time.
 */
// lex29 (blind29): "IT" touching a Chinese character (IT嘢, IT部) or before the desk's name (IT support, IT team) is
// information technology, not the pronoun: 呢啲 IT 嘢唔經我哋,你自己 email 去 IT support 啦 is a Chinese sentence.
const FUNCTION_WORD = /(?<![a-z0-9])(?<!thank |see |love |miss )(?:i|we|you|he|she|they|it(?! ?(嘢|野|部|组|科|同事|人员|系统|那边|嗰边|问题))(?! (support|department|dept|team|helpdesk|help desk|guy|guys|staff|people|system|systems)(?![a-z]))|will|would|can|could|shall|should|must|the|an|to|and|but|is|are|was|were|am|be|been|have|has|had|not|do|does|did|for|of|at|by|with|your|my|our|this|that|me|us|them)(?![a-z])/g;
const LATIN_WORD = /[a-z]{2,}/g;
const HAN_CHAR = /[\u3400-\u9fff]/g;

/** True when the reply's grammar is English: two function words, or one in a reply with more English words than half its Chinese characters. */
export function englishMatrix(text: string): boolean {
  const fw = text.match(FUNCTION_WORD)?.length ?? 0;
  if (fw >= 2) return true;
  if (fw === 0) return false;
  return (text.match(LATIN_WORD)?.length ?? 0) * 2 > (text.match(HAN_CHAR)?.length ?? 0);
}

let inEnglish: Rewrite[] | undefined;
/** The Chinese words of IN_ENGLISH as English, each with spaces round it; then runs of spaces closed up. */
function inEnglishRewrites(): Rewrite[] {
  const re = new RegExp(IN_ENGLISH.map((e) => `(${e.pattern})`).join('|'), 'g');
  return [
    [re, (m) => ` ${IN_ENGLISH[m.findIndex((g, i) => i > 0 && g !== undefined) - 1]?.en ?? m[0]} `, ''],
    [/^ +| +(?= |[,.!?;:]|$)/g, '', ' '],
  ];
}

/**
 * Where one sentence ends and the next begins, for the matrix language: a full stop, ?, !, ; or a line break,
 * or an emoji typed between two sentences ("sorry for the late reply 🙏 我哋已經幫你 refund 咗"). A stop
 * between digits (10.30am) ends nothing.
 */
const SENTENCE_END = /(?<!\d)\.|\.(?!\d)|[!?;\n]|\p{Extended_Pictographic}/gu;

/** Folds English words in a reply that also has Chinese characters (or, in an English sentence, its Chinese words). */
export function foldCodeSwitch(f: FoldedText): FoldedText {
  if (!HAN.test(f.text) || !LATIN.test(f.text)) return f;
  // Each sentence is read in its own matrix language: a trainee switches language between sentences
  // ("Sorry for the wait. 我而家幫你 arrange 換貨") as well as inside one.
  const parts = sentences(f);
  if (parts.length === 1) return foldSentence(f);
  const folded = parts.map(foldSentence);
  if (folded.every((p, i) => p === parts[i])) return f;
  return {
    original: f.original,
    text: folded.map((p) => p.text).join(''),
    starts: folded.flatMap((p) => p.starts),
    ends: folded.flatMap((p) => p.ends),
    traditional: f.traditional,
  };
}

/** The reply cut after each sentence end (the reply itself when it is one sentence). */
function sentences(f: FoldedText): FoldedText[] {
  const out: FoldedText[] = [];
  let from = 0;
  for (const m of f.text.matchAll(SENTENCE_END)) {
    const to = m.index + m[0].length;
    if (to > from) out.push(slice(f, from, to));
    from = to;
  }
  if (from < f.text.length) out.push(slice(f, from, f.text.length));
  return out.length === 1 ? [f] : out;
}

function slice(f: FoldedText, from: number, to: number): FoldedText {
  return { original: f.original, text: f.text.slice(from, to), starts: f.starts.slice(from, to), ends: f.ends.slice(from, to), traditional: f.traditional };
}

function foldSentence(f: FoldedText): FoldedText {
  if (!HAN.test(f.text) || !LATIN.test(f.text)) return f;
  // Read as English, the sentence gets the English slips folded again ("I understand 你好嬲" → "you angry" → "you are angry").
  if (englishMatrix(f.text)) return foldTypos(applyRewrites(f, (inEnglish ??= inEnglishRewrites())));
  return toChinese(f);
}

function toChinese(f: FoldedText): FoldedText {
  // A space between two English words that are now Chinese goes, as it does between Chinese characters.
  return applyRewrites(f, [(rewrite ??= codeSwitchRewrite()), SPACE_BETWEEN_HAN]);
}

/**
 * How an English word or phrase reads inside a Chinese reply ("phone" → 致电), or null when the
 * vocabulary does not cover it; for matching English fact topics in code-switched replies.
 */
export function codeSwitchReading(english: string): string | null {
  const folded = toChinese({ original: english, text: `中${english.toLowerCase()}`, starts: [], ends: [], traditional: false }).text.slice(1);
  return /[a-z]/.test(folded) ? null : folded;
}
