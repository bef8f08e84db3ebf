// emotionFirst: 先處理情感,後處理事件 — handle the feeling first, then the matter
// (docs/training-model.md#principle). Trying to solve before acknowledging the
// feeling "rarely works" (docs/training-model.md#step-vent). The dimension starts at 100; every question or solution that comes
// before the feeling was acknowledged costs points.
import { feelingMovesFor } from '../../customer/move-groups.ts';
import type { MoveId } from '../../reply/moves.ts';
import { evidence, firstOffset, spanOf } from '../evidence.ts';
import type { EvidenceItem, ScoringRule } from '../scorecard.types.ts';

/** Points lost per fact-first move, before the feeling was acknowledged. */
export const EARLY: Partial<Record<MoveId, number>> = { ask_open: -25, ask_closed: -25, propose_solution: -35 };
/** Same reply, but the question or solution came before the apology in the text. */
export const SAME_REPLY_POINTS = -10;
export const NEVER_POINTS = -100;
/** Telling an upset customer to calm down is the opposite of handling the feeling first (docs/training-model.md#angry-customer). */
export const DISMISS_POINTS = -40;

export const rule: ScoringRule = {
  id: 'feelings-first',
  dimension: 'emotionFirst',
  evaluate: ({ turns, scenario }) => {
    const items: EvidenceItem[] = [];
    // A calm suggestion-giver's feeling step can be the thanks she is met with (move-groups.ts).
    const feeling = (turn: number) => feelingMovesFor(scenario, turn);
    const firstFeeling = turns.find((t) => t.analysis.acts.some((m) => feeling(t.turn).includes(m)));
    if (!firstFeeling) {
      return turns.length === 0 ? [] : [evidence('feelings-first', 'emotionFirst', NEVER_POINTS, { key: 'feelingNeverAcknowledged' }, { suggestion: { key: 'apologizeFirst' } })];
    }
    for (const turn of turns) {
      if (turn.turn > firstFeeling.turn) break;
      for (const [move, points] of Object.entries(EARLY) as [MoveId, number][]) {
        if (!turn.analysis.acts.includes(move)) continue;
        if (turn.turn < firstFeeling.turn) {
          items.push(evidence('feelings-first', 'emotionFirst', points, { key: `factsBeforeFeelings.${move}` }, { turn, span: spanOf(turn, move), suggestion: { key: 'apologizeFirst' } }));
        } else if (firstOffset(turn, [move]) < firstOffset(turn, feeling(turn.turn))) {
          items.push(evidence('feelings-first', 'emotionFirst', SAME_REPLY_POINTS, { key: 'factsBeforeFeelingsInReply' }, { turn, span: spanOf(turn, move), suggestion: { key: 'apologizeFirst' } }));
        }
      }
    }
    for (const turn of turns.filter((t) => t.analysis.acts.includes('dismiss_emotion'))) {
      items.push(evidence('feelings-first', 'emotionFirst', DISMISS_POINTS, { key: 'dismissedFeeling' }, { turn, span: spanOf(turn, 'dismiss_emotion'), suggestion: { key: 'nameTheFeeling' } }));
    }
    items.push(evidence('feelings-first', 'emotionFirst', 0, { key: 'feelingAcknowledged' }, { turn: firstFeeling, span: spanOf(firstFeeling, firstFeeling.analysis.acts.find((m) => feeling(firstFeeling.turn).includes(m)) ?? 'apologize') }));
    return items;
  },
};
