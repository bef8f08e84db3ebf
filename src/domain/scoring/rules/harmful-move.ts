// Harmful moves — arguing, blaming, deflecting, lecturing, vague or evasive language (打太極) — are the
// common wrong behaviours (docs/training-model.md#wrong-behaviours); each costs language points every time it occurs.
import { isHarmful } from '../../reply/moves.ts';
import { evidence, spanOf } from '../evidence.ts';
import { modelAnswerFor } from '../model-answer.ts';
import type { ScoringRule } from '../scorecard.types.ts';

export const HARMFUL_MOVE_POINTS = -10;

export const rule: ScoringRule = {
  id: 'harmful-move',
  dimension: 'language',
  evaluate: ({ turns, scenario, locale }) =>
    turns.flatMap((turn) =>
      turn.analysis.acts.filter(isHarmful).map((move) =>
        evidence('harmful-move', 'language', HARMFUL_MOVE_POINTS, { key: 'harmfulMove', params: { move } }, {
          turn,
          span: spanOf(turn, move),
          suggestion: { key: `harmful.${move}`, params: { modelAnswer: modelAnswerFor(scenario, turn.stateBefore, locale) } },
        }),
      ),
    ),
};
