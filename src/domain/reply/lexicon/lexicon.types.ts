import type { MoveId } from '../moves.ts';
import type { LexiconEntry, LexSource } from './lexicon-entry.ts';

/** A script-independent language: Traditional and Simplified Chinese share one lexicon. */
export type Language = 'zh' | 'en';

/** Patterns that find a move, and patterns that veto an overlapping find. */
export interface MovePatterns {
  /** Patterns that find the move (folded like replies before compiling). */
  match: LexSource[];
  /** Patterns whose matches veto an overlapping `match` (e.g. 可不可以 vetoes 不可以). */
  except: LexSource[];
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
  | 'offer'
  /** A question word that asks the customer nothing: 什麼都可以, 不管怎樣, 我問問護士能不能… */
  | 'indefinite'
  /** Sarcasm: 滿意未?, 行行行, happy now?, "SO sorry" — the helpful words around it are mockery. */
  | 'sarcasm'
  /** The trainee conceding the whole fault (都是我們的錯, 我哋錯晒, "it's all our fault"): sincere alone, sarcasm beside a taunt. */
  | 'concession'
  /** The trainee taking the floor again in a run-on (…對嗎真係好抱歉, "…is that right because I want…", "let me…"): ends a retelling. */
  | 'restart'
  /**
   * The customer's situation retold without a marker: how long or how often, and what did or did not happen
   * (等咗三個禮拜都未有人跟進, 約好師傅結果沒人來, "you've been without heating since Monday").
   */
  | 'situation'
  /** Doubt that the remedy will work (不太清楚能不能解決, "not sure if we can fix it"): vague even beside a timed follow-up. */
  | 'outcome_doubt';

/** One language's share of the shipped lexicon files (data/lexicon), as the compiler takes it. */
export interface LexiconData {
  cues: Partial<Record<CueId, LexSource[]>>;
  /** The three parts of a greeting (docs/training-model.md#inbound-call, the first three seconds). */
  greet: { hello: LexSource[]; identity: LexSource[]; offer: LexSource[] };
  moves: Record<MoveId, MovePatterns>;
}

/** A scenario's extra phrase: a lexicon entry (data/lexicon/README.md) with the move it finds. */
export interface ExtensionEntry extends LexiconEntry {
  move: MoveId;
}

/**
 * Extra phrases a scenario adds to the classifier, as lexicon entries. They are folded like replies
 * before compiling — Traditional or Simplified, 你 or 您, "I'm" or "I am", any case — and may use the
 * lexicon notation (~N gap inside a clause, ^^ clause start, $$ clause end).
 */
export interface LexiconExtension {
  entries?: readonly ExtensionEntry[];
}
