import type { Scorecard } from './scorecard.types.ts';

/** Points a practice hint (the model answer shown before replying) costs on the overall score. */
export const HINT_COST = 5;

/**
 * The attempt's score and verdict after hints: the engine's scorecard stays as is (so it equals the CLI's),
 * the hints come off the overall score, and a hinted attempt must still reach the pass mark to pass.
 * Shared by the drill (when an attempt ends) and the bundle import (when it re-scores one).
 */
export function withHintCost(card: Pick<Scorecard, 'score' | 'passed'>, hintsUsed: number, passMark: number): { score: number; passed: boolean; hintCost: number } {
  const hintCost = hintsUsed * HINT_COST;
  const score = Math.max(0, card.score - hintCost);
  return { score, passed: card.passed && (hintCost === 0 || score >= passMark), hintCost };
}
