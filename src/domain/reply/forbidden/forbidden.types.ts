import type { MoveId } from '../moves.ts';
import type { ForbiddenListId, Locale } from '../reply.types.ts';
import type { Language } from '../lexicon/lexicon.types.ts';

/** One listed phrase in data/forbidden-phrases.json. */
export interface ForbiddenPhrase {
  /** Stable id, `<list>/<nn>`. */
  id: string;
  list: ForbiddenListId;
  /** The harmful move the wording implies. */
  implies: MoveId;
  /** The listed wording per locale, as shown to trainees. */
  phrase: Record<Locale, string>;
  /** A better phrasing per locale. */
  better: Record<Locale, string>;
  /** Regex sources per language. */
  match: Partial<Record<Language, string[]>>;
  /** Vetoes: if one matches later in the same sentence, the hit is dropped. */
  unless?: Partial<Record<Language, string[]>>;
  /**
   * Redeemers: if one matches later in the same sentence, the hit stays (the listed words were said) but
   * does not imply its move — "I don't know, but I'll find out and call you by 3" says 我不知道 and is a
   * commitment, not a vague answer.
   */
  redeemedBy?: Partial<Record<Language, string[]>>;
}

export interface ForbiddenData {
  lists: Record<ForbiddenListId, { source: string }>;
  phrases: ForbiddenPhrase[];
  /** Per language: wordings that negate a listed phrase said after them in the same clause. */
  negated?: Partial<Record<Language, string[]>>;
}
