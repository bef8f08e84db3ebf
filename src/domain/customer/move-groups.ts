// Groups of moves the engine and the scoring rules read alike (defined once).
import type { MoveId } from '../reply/moves.ts';

/**
 * Moves that acknowledge the feeling (000_08713545b2ee6cbf.txt step 2; docs/training-model.md#principle).
 * A paraphrase restates the facts: it calms a little but does not by itself open the door to solutions.
 */
export const FEELING_MOVES: readonly MoveId[] = ['apologize', 'empathize', 'acknowledge'];
/** Moves that go after the facts. */
export const QUESTION_MOVES: readonly MoveId[] = ['ask_open', 'ask_closed'];
