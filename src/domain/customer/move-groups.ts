// Groups of moves the engine and the scoring rules read alike (defined once).
import type { MoveId } from '../reply/moves.ts';
import type { Scenario } from '../scenario/scenario.types.ts';

/**
 * Moves that acknowledge the feeling (docs/training-model.md#step-apologise; docs/training-model.md#principle).
 * A paraphrase restates the facts: it calms a little but does not by itself open the door to solutions.
 */
export const FEELING_MOVES: readonly MoveId[] = ['apologize', 'empathize', 'acknowledge'];

/**
 * A customer who comes calm (below the high band) wanting recognition (求認同) — a suggestion, "fine as it is,
 * better this way" (docs/training-model.md#complaint-types, by purpose) — has no anger to acknowledge: thanking her for raising it, first (一謝, the
 * first word of docs/training-model.md#eight-words), is the feeling step, as an apology is for an angry one. Thanks said
 * only after the questions are manners, not that step.
 */
export const welcomesThanks = (scenario: Scenario): boolean =>
  scenario.persona.motives.includes('recognition') && scenario.persona.startHostility < scenario.thresholds.high;

/** The moves that acknowledge this customer's feeling on a reply: FEELING_MOVES, and a calm suggestion-giver's opening thanks. */
export const feelingMovesFor = (scenario: Scenario, turn: number): readonly MoveId[] =>
  welcomesThanks(scenario) && turn === 1 ? [...FEELING_MOVES, 'thank'] : FEELING_MOVES;

/** Moves that go after the facts. */
export const QUESTION_MOVES: readonly MoveId[] = ['ask_open', 'ask_closed'];
