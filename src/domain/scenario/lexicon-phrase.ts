// A phrase an author adds to a scenario's lexicon from the studio's preview: written as plain words, never
// as a regular expression; held to the same pattern checks as every lexicon entry (size, syntax,
// backtracking) and the scenario's entry limit; checked against its example (and any counterexample) with
// the scenario's own classifier before it is added (data/lexicon/README.md).
import { MAX_LEXICON_ENTRIES } from '../limits.ts';
import { createClassifier, type Classifier } from '../reply/classify.ts';
import { patternProblem } from '../reply/lexicon/pattern-check.ts';
import { usableEntries } from '../reply/lexicon/usable-entries.ts';
import type { LexiconExtension } from '../reply/lexicon/lexicon.types.ts';
import type { MoveId } from '../reply/moves.ts';
import { normalize } from '../reply/text/normalize.ts';

const HAN = /[\u3400-\u9fff]/;

/** Longest phrase, in characters (the form's field has the same limit). */
export const MAX_PHRASE_LENGTH = 200;

/** One entry of a scenario's lexicon.entries. */
export interface PhraseEntry {
  id: string;
  move: MoveId;
  lang: 'zh' | 'en';
  pattern: string;
  examples: string[];
  counterexamples?: string[];
  note?: string;
}

/** The phrase as a literal lexicon pattern: folded like a reply, every regex and notation character escaped. */
export function phrasePattern(phrase: string): string {
  const folded = normalize(phrase.trim()).text.trim();
  return folded.replace(/[\\^$.*+?()[\]{}|/~-]/g, (c) => (c === '~' ? '\\x7e' : c === '-' ? '\\x2d' : `\\${c}`));
}

/** The next free id `<move>/<lang>/scenario-<n>` among the scenario's entries. */
export function nextEntryId(move: MoveId, lang: 'zh' | 'en', taken: readonly string[]): string {
  for (let n = 1; ; n++) {
    const id = `${move}/${lang}/scenario-${n}`;
    if (!taken.includes(id)) return id;
  }
}

/** What adding the entry would do, read with the scenario's classifier plus the new entry. */
export interface PhraseCheck {
  entry: PhraseEntry;
  /**
   * Why it may not be added before reading anything: empty, not in the example (it could never have
   * matched it), too long, the scenario already at its entry limit, or refused by the pattern checks.
   */
  problem: 'empty' | 'not-in-example' | 'too-long' | 'too-many' | 'unsafe' | null;
  /** For 'unsafe': the checker's sentence, naming the entry and its pattern. */
  detail?: string;
  /** Each example: whether it reads as the move with the entry added. */
  examples: { text: string; ok: boolean }[];
  /** Each counterexample: whether it stays clear of the move. */
  counterexamples: { text: string; ok: boolean }[];
  /** Every check passed: the entry may be added. */
  ok: boolean;
}

export function checkPhrase(
  lexicon: LexiconExtension | undefined,
  fields: { move: MoveId; phrase: string; example: string; counterexample?: string },
  classifierFor: (lexicon: LexiconExtension) => Classifier = createClassifier,
): PhraseCheck {
  const phrase = fields.phrase.trim();
  const lang = HAN.test(phrase) ? 'zh' : 'en';
  const existing = (lexicon?.entries ?? []) as readonly PhraseEntry[];
  const counter = fields.counterexample?.trim();
  const entry: PhraseEntry = {
    id: nextEntryId(fields.move, lang, existing.map((e) => e.id)),
    move: fields.move,
    lang,
    pattern: phrasePattern(phrase),
    examples: [fields.example.trim()],
    ...(counter ? { counterexamples: [counter] } : {}),
    note: 'Added in the studio from a preview reply.',
  };
  const unsafe = phrase.length > MAX_PHRASE_LENGTH ? null : patternProblem(entry.pattern, lang);
  const problem =
    phrase === ''
      ? 'empty'
      : phrase.length > MAX_PHRASE_LENGTH
        ? 'too-long'
        : existing.length >= MAX_LEXICON_ENTRIES
          ? 'too-many'
          : unsafe !== null
            ? 'unsafe'
            : !normalize(fields.example).text.includes(normalize(phrase).text.trim())
              ? 'not-in-example'
              : null;
  if (problem) return { entry, problem, ...(unsafe ? { detail: `${entry.id}: ${unsafe}` } : {}), examples: [], counterexamples: [], ok: false };
  // The scenario's entries that fail the same checks (the validator names them) are not read with.
  const classify = classifierFor({ entries: [...usableEntries(existing).usable, entry] });
  const examples = entry.examples.map((text) => ({ text, ok: classify(text).acts.includes(entry.move) }));
  const counterexamples = (entry.counterexamples ?? []).map((text) => ({ text, ok: !classify(text).acts.includes(entry.move) }));
  return { entry, problem: null, examples, counterexamples, ok: examples.every((x) => x.ok) && counterexamples.every((x) => x.ok) };
}
