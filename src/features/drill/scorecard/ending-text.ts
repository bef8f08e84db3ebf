import type { TFunction } from 'i18next';
import type { Ending } from '../../../domain/scoring/endings.ts';
import type { Outcome } from '../../../domain/scenario/scenario.types.ts';

/**
 * What happened at the end, said the same way on the end-of-drill notice and the scorecard: a drill that used up
 * its replies says so (not "ran out of patience" while the customer was settling down); otherwise the outcome's text.
 * Null when the outcome's own text already says it.
 */
export function turnLimitText(t: TFunction, outcome: Outcome, ending: Ending | null | undefined, turns: number): string | null {
  if (ending !== 'turn-limit') return null;
  const key = outcome === 'walked_out' || outcome === 'escalated' ? outcome : 'other';
  return t(`drill.ended.turnLimit.${key}`, { turns });
}
