// How dimensions combine into the overall score, and what an unresolved outcome costs.
import type { Outcome } from '../scenario/scenario.types.ts';
import type { Dimension } from './scorecard.types.ts';

/** Starting value of each dimension before evidence points: language and emotionFirst start perfect and lose. */
export const BASE: Record<Dimension, number> = {
  language: 100, listen: 0, observe: 0, ask: 0, judge: 0, decide: 0, emotionFirst: 100, process: 0,
};

/** Weights of the overall score (sum 1). The decks' core principle and procedure weigh most. */
export const WEIGHTS: Record<Dimension, number> = {
  language: 0.15, listen: 0.1, observe: 0.1, ask: 0.1, judge: 0.1, decide: 0.15, emotionFirst: 0.15, process: 0.15,
};

/**
 * Outcome factor on the weighted sum: a customer who escalated or walked out is a failed drill however
 * polite the words (docs/training-model.md#escalation-ladder); stopping before an end state leaves the job unfinished.
 */
export const OUTCOME_FACTOR: Record<Outcome, number> = { resolved: 1, incomplete: 0.85, escalated: 0.6, walked_out: 0.6 };

/**
 * An unfinished drill in which the customer was never offered anything she could weigh nor a timed follow-up: the
 * job not begun, not merely left open. Warm words alone (keyword salad, a parroted apology) earn listening and
 * feelings-first points, and at ×0.85 they came within a point of the fifty that gaming must never pass (scen15o:
 * a salad of empathy and "we will follow up with a satisfactory solution" scored 51 in the clinic). A remedy named only
 * for "soon" — "the card should be ready very soon, we'll speed it up, please wait a little longer" — is no more an offer
 * than "we will follow up" (scen15ff: blind t32-13, warm words, two vague promises and thanks, scored 53; evidence.ts heldOffer).
 */
export const NOTHING_OFFERED_FACTOR = 0.75;

/**
 * Replies before the feeling was met that were charged as facts first (feelings-first.ts: a question, a remedy or a reply of
 * facts alone): from this many on, the drill scores at most FACTS_FIRST_SCORE_CAP however well the rest goes. emotionFirst weighs 0.15,
 * so even at 0 it takes at most 15 points, and a drill that opens with two or three rounds of cold questions and then handles
 * everything well landed at exactly 75 (scen15hh: p15ff-04 and p15ff-06 at easy, blind t35-02 at easy) — facts first scored
 * like good handling. Emotion before facts is the decks' core principle (docs/training-model.md#principle): facts first scores
 * below good handling. One question before the apology is a slip the dimension charges and no more.
 */
export const FACTS_FIRST_REPLIES_CAP = 2;
/** Just under what good handling scores (the realism targets: a good drill resolves at 75 or more, scenarios/README.md). */
export const FACTS_FIRST_SCORE_CAP = 74;
