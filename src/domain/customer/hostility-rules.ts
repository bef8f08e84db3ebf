// The hostility curve (敵意曲線, docs/training-model.md#hostility-curve): venting → calm → problem solving.
// Engine-wide base changes per move; scenarios add their own through reactions.
import type { MoveId } from '../reply/moves.ts';
import type { PersonaWeights, Scenario } from '../scenario/scenario.types.ts';

type Personality = Scenario['persona']['personality'];

/**
 * Relief from helpful moves, the first time each is used; repeats give half, then a quarter (an apology
 * said five times stops working). Sources:
 * - apology and care, listening signals: docs/training-model.md#step-apologise, docs/training-model.md#listen;
 * - ownership and a timed follow-up: docs/training-model.md#phone-complaint-call, docs/training-model.md#inbound-call (24-hour
 *   call-back);
 * - moving somewhere quiet, face to face only: docs/training-model.md#face-to-face;
 * - the reason behind a no, or what happened, explained for her sake (六解釋, docs/training-model.md#eight-words;
 *   docs/training-model.md#face-to-face step 2): a no she understands costs less than a bare one.
 */
export const RELIEF: Partial<Record<MoveId, number>> = {
  greet: 4,
  thank: 3,
  apologize: 10,
  empathize: 12,
  acknowledge: 6,
  paraphrase: 8,
  take_ownership: 8,
  commit_followup: 6,
  ask_preference: 5,
  escalate: 4,
  move_private: 8,
  explain: 6,
};

/** Anger from harmful moves, every time (docs/training-model.md#wrong-behaviours; 十句禁語, docs/training-model.md#ten-forbidden). */
export const ANGER: Partial<Record<MoveId, number>> = {
  dismiss_emotion: 18,
  blame_customer: 16,
  lecture: 16,
  argue: 14,
  deflect: 14,
  refuse: 14,
  cite_policy: 12,
  rush: 12,
  vague: 10,
  blame_colleague: 6,
  overpromise: 4,
  premature_liability: 2,
};

/** Extra anger for each forbidden-phrase hit: the decks grade the wording itself (docs/training-model.md#forbidden-phrases). */
export const FORBIDDEN_ANGER = 10;
/**
 * A reply in which nothing helpful or harmful is detected reads as being brushed off while the customer is
 * still upset; once calm (below thresholds.mid) a neutral remark barely registers.
 */
export const IGNORED_ANGER = 6;
export const IGNORED_WHEN_CALM_ANGER = 1;
/**
 * While the customer is still upset, every reply that moves nothing forward — no apology, empathy,
 * question, solution, ownership or follow-up; a bare "OK" or "嗯" included — adds to the frustration:
 * delay is itself a wrong behaviour (拖延, docs/training-model.md#wrong-behaviours).
 */
export const NO_PROGRESS_ANGER = 4;
/** A solution offered before the feeling was acknowledged "rarely works" (docs/training-model.md#step-vent). */
export const PREMATURE_SOLUTION_ANGER = 8;
/** An accepted solution is the biggest relief of all. */
export const SOLUTION_RELIEF = 12;
/** A question answered shows interest; one asked while the customer is still hot gets a curt answer. */
export const ANSWERED_RELIEF = 3;
export const CURT_ANGER = 3;
/** Using the customer's name (docs/training-model.md#liked-and-disliked-words). */
export const NAME_RELIEF = 2;
/** Calm returns gradually (敵意曲線, docs/training-model.md#hostility-curve): one reply can lower hostility by at most this much. */
export const MAX_RELIEF_PER_TURN = 25;
/** Too long a reply for someone in a hurry. */
export const LONG_REPLY_ANGER = 6;
/** A reply that repeats an earlier one word for word, or nearly: it stops working and starts to irritate. */
export const PARROT_ANGER = 6;
/** How alike two replies must be to count as the same (Dice coefficient over character pairs, folded text). */
export const PARROT_SIMILARITY = 0.8;
/** The apology count at which the customer says so ("You've said sorry three times."). */
export const APOLOGY_REMARK_AT = 3;
/** Asked again for something already told. */
export const ASKED_AGAIN_ANGER = 2;
/** A promise with no time or no owner draws a pointed challenge, and a little more impatience. */
export const VAGUE_PROMISE_ANGER = 3;
/** An offer later than the customer's deadline. */
export const LATE_OFFER_ANGER = 5;
/** A remedy the customer will not take. */
export const REFUSED_REMEDY_ANGER = 4;
/** Asking what they want is heard (docs/training-model.md#step-ask-their-view): a little relief the first time. */
export const WANTS_ASKED_RELIEF = 4;
/** Harmful replies before the customer can break off: one slip warns, repeated mishandling ends it. */
export const STRIKES_TO_BREAK = 2;

/**
 * Persona weights (docs/training-model.md#personalities): eagles want efficiency and concrete action and hate wasted time; owls want
 * precise facts and confirmation; peacocks want recognition and their name used; doves want warmth and
 * reassurance. Multipliers apply to RELIEF/ANGER of the listed moves.
 */
export const PERSONA_WEIGHTS: Record<Personality, PersonaWeights> = {
  eagle: {
    relief: { solution: 1.5, take_ownership: 1.5, commit_followup: 1.5, apologize: 0.8, acknowledge: 0.5 },
    anger: { vague: 1.5, rush: 0.5 },
    longReply: 90,
    patience: 3,
  },
  owl: {
    relief: { paraphrase: 1.5, answered: 2, commit_followup: 1.3 },
    anger: { vague: 1.5, overpromise: 2, premature_liability: 2 },
    longReply: null,
    patience: 3,
  },
  peacock: {
    relief: { name: 3, empathize: 1.3, thank: 2 },
    anger: { rush: 1.5, dismiss_emotion: 1.3 },
    longReply: null,
    patience: 3,
  },
  dove: {
    relief: { apologize: 1.3, empathize: 1.3, acknowledge: 1.3, commit_followup: 1.5 },
    anger: { argue: 1.3, blame_customer: 1.3 },
    longReply: null,
    patience: 4,
  },
};

/** Relief for the n-th use (1-based) of a helpful move. */
export function diminish(base: number, nth: number): number {
  if (nth <= 1) return base;
  if (nth === 2) return Math.round(base / 2);
  return Math.round(base / 4);
}

/**
 * Length that counts as "long" for an eagle, in Chinese characters: one English letter (or space) says
 * about a third of what one Chinese character does, so 90 means about 90 characters or 270 letters.
 */
export function replyWeight(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u3400-\u9fff]/.test(ch) ? 1 : 0.35;
  return Math.round(n);
}
