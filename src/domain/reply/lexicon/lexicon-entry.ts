// The lexicon as documented data (data/lexicon/README.md): every pattern is an entry with an id, its
// language, examples that must read as its move and counterexamples that must not, and where it comes
// from. The shipped files and a scenario's extra phrases share this shape.
import { z } from 'zod';
import { MAX_TEXT_LENGTH, hasVisibleText } from '../../limits.ts';
import { MOVE_IDS, type MoveId } from '../moves.ts';
import { MAX_PATTERN_LENGTH } from './pattern-check.ts';

const text = z.string().trim().min(1).max(MAX_TEXT_LENGTH).refine(hasVisibleText, 'shows nothing: only spaces or invisible characters');

export const LEXICON_LANGUAGES = ['zh', 'en'] as const;

export const LexiconEntrySchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9_-]*(\/[a-z0-9_-]+)+$/, 'ids look like move/lang/name, e.g. apologize/zh/07')
      .describe('Stable id, shown as the evidence for a reading; never reuse one.'),
    lang: z.enum(LEXICON_LANGUAGES).describe('zh: Traditional and Simplified, Cantonese included; en: English.'),
    role: z
      .enum(['match', 'except'])
      .optional()
      .describe('match (default) finds the move; except vetoes a match it overlaps, e.g. 可不可以 vetoes 不可以.'),
    // A pattern may be longer than displayed text (one entry covers a family of wordings), up to the checker's limit.
    pattern: z.string().trim().min(1).max(MAX_PATTERN_LENGTH).refine(hasVisibleText, 'shows nothing: only spaces or invisible characters').describe('A regular expression in the lexicon notation (data/lexicon/README.md): ~N, ^^, $$.'),
    examples: z.array(text).describe('Replies this entry must read as its move (or, for except, must veto).'),
    counterexamples: z.array(text).optional().describe('Replies that must NOT read as the move.'),
    source: z
      .string()
      .regex(/^\d{3}_[0-9a-f]{16}\.txt$/)
      .optional()
      .describe('The training deck the wording comes from, by file name.'),
    note: text.optional().describe('Why the entry exists, when no deck says it.'),
  })
  .strict();

/** One lexicon entry. */
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;

const moveId = z.enum(MOVE_IDS as unknown as [MoveId, ...MoveId[]]);

/** data/lexicon/moves/<move>.json */
export const MoveFileSchema = z.object({ $schema: z.string().optional(), move: moveId, entries: z.array(LexiconEntrySchema) }).strict();
/** data/lexicon/cues/<cue>.json */
export const CueFileSchema = z.object({ $schema: z.string().optional(), cue: z.string(), entries: z.array(LexiconEntrySchema) }).strict();

export type MoveFile = z.infer<typeof MoveFileSchema>;
export type CueFile = z.infer<typeof CueFileSchema>;

/** A pattern and the entry it belongs to, as the compiler takes it. */
export interface LexSource {
  pattern: string;
  /** Entry id, reported with every match. */
  id: string;
}
