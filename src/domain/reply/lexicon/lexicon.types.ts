import type { MoveId } from '../moves.ts';

/** A script-independent language: Traditional and Simplified Chinese share one lexicon. */
export type Language = 'zh' | 'en';

/** Patterns that find a move, and patterns that veto an overlapping find. */
export interface MovePatterns {
  /** Regex sources that find the move (folded like replies before compiling). */
  match: string[];
  /** Regex sources whose matches veto an overlapping `match` (e.g. 可不可以 vetoes 不可以). */
  except: string[];
}

/** Named context cues the rules consult (negation, reported speech, question words…). */
export type CueId =
  | 'negation'
  | 'reported'
  | 'open_question'
  | 'closed_tag'
  | 'rhetorical'
  | 'exoneration'
  | 'but'
  | 'commitment'
  | 'time'
  | 'aux_start'
  /** A confirming tag closing a restatement: 對嗎? / 是不是? / right? / is that correct? */
  | 'confirm_tag'
  /** An offer of help (有什麼可以幫您? / How may I help?): part of a greeting, not a question. */
  | 'offer';

/** One language's lexicon file (src/domain/reply/data/lexicon.<lang>.json). */
export interface LexiconData {
  cues: Partial<Record<CueId, string[]>>;
  /** The three parts of a greeting (DOMAIN.md §3, 004 first three seconds). */
  greet: { hello: string[]; identity: string[]; offer: string[] };
  moves: Record<MoveId, MovePatterns>;
}

/**
 * Extra phrases a scenario adds to the classifier: regex sources per move and language. They are
 * folded like replies before compiling — Traditional or Simplified, 你 or 您, "I'm" or "I am", any
 * case — and may use the lexicon shorthand (~N gap inside a clause, ^^ clause start, $$ clause end).
 */
export interface LexiconExtension {
  moves?: Partial<Record<MoveId, Partial<Record<Language, string[]>>>>;
}
