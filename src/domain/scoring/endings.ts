/**
 * Why the conversation reached its end state, in the engine's order (customer/simulate-turn.ts): hostility at the
 * breaking point, a reaction that ended it, the customer's patience running out, or the reply limit reached.
 * A module of its own so the stored-scorecard schema (first-visit code) names them without the engine.
 */
export const ENDINGS = ['explode', 'reaction', 'gave-up', 'turn-limit'] as const;
export type Ending = (typeof ENDINGS)[number];
