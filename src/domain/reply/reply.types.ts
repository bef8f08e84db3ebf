import type { MoveId } from './moves.ts';

/** A reply's language and script. Traditional and Simplified are one language in two scripts. */
export type Locale = 'zh-Hant' | 'zh-Hans' | 'en';
export const LOCALES: readonly Locale[] = ['zh-Hant', 'zh-Hans', 'en'];

/** Which deck list a forbidden phrase comes from (docs/training-model.md#forbidden-phrases). */
export type ForbiddenListId =
  /** 十句禁語, ten forbidden sentences (docs/training-model.md#ten-forbidden). */
  | 'ten-forbidden'
  /** Sentences to avoid with an angry customer (docs/training-model.md#angry-customer). */
  | 'angry-customer'
  /** Ten customer-service mistakes (docs/training-model.md#service-mistakes). */
  | 'service-mistakes';

/** Why a move was detected: the rule that fired and where, in the original reply text. */
export interface Evidence {
  /** The move detected. */
  move: MoveId;
  /** Id of the rule that fired, e.g. `apologize/lexicon` or `blame_customer/rhetorical-question`. */
  rule: string;
  /** Start offset (UTF-16 code units) in the original text. */
  start: number;
  /** End offset (exclusive) in the original text. */
  end: number;
  /** The lexicon entry whose pattern matched (data/lexicon, or the scenario's own), when one did. */
  entry?: string;
}

/** A forbidden phrase found in a reply. */
export interface ForbiddenHit {
  /** The list the phrase is on. */
  list: ForbiddenListId;
  /** Stable id of the phrase inside the data file, e.g. `ten-forbidden/07`. */
  id: string;
  /** The listed phrase, in the reply's script (zh-Hant, zh-Hans) or English. */
  phrase: string;
  /** The trainee's own words that matched, exactly as typed. */
  matched: string;
  /** Start offset in the original text. */
  start: number;
  /** End offset (exclusive) in the original text. */
  end: number;
  /** The move the phrase implies (docs/training-model.md#implied-moves: a hit usually implies a harmful move too). */
  implies: MoveId;
  /** A better phrasing, in the reply's locale. */
  better: string;
  /** Source deck by file name (docs/training-model.md lists the decks). */
  source: string;
}

/** Everything the classifier says about one reply. */
export interface ReplyAnalysis {
  /** Locale detected from the text itself (the hint only breaks ties). */
  locale: Locale;
  /** Distinct moves detected, in the fixed order of MOVE_IDS. */
  acts: MoveId[];
  /** Forbidden-phrase hits, in text order. */
  forbidden: ForbiddenHit[];
  /** One item per rule firing, in text order. */
  evidence: Evidence[];
}
