// 斷 judge, part two: did the replies address what this customer needs? Motives and what meets them come
// from docs/training-model.md#motives (求發泄, 求尊重, 求補償, 解決問題, 求兌現和合理的解釋…) and
// docs/training-model.md#what-customers-want; half of the judge dimension.
import type { MoveId } from '../../reply/moves.ts';
import type { Scenario, TurnRecord } from '../../scenario/scenario.types.ts';
import { evidence, firstTurnWith, weighedOffer } from '../evidence.ts';
import type { ScoringRule } from '../scorecard.types.ts';

type Motive = Scenario['persona']['motives'][number];

/** Moves that meet each motive. */
export const MEETS: Record<Motive, MoveId[]> = {
  vent: ['acknowledge', 'empathize'],
  respect: ['apologize', 'greet'],
  compensation: ['propose_solution', 'ask_preference'],
  recognition: ['empathize', 'thank'],
  // Her story given back in her own details (paraphrase) shows her she was seen as surely as an acknowledgement.
  be_seen: ['acknowledge', 'paraphrase', 'move_private'],
  revenge: ['take_ownership', 'escalate'],
  escape: ['propose_solution'],
  fix: ['propose_solution'],
  promise_kept: ['take_ownership', 'commit_followup'],
  extreme_hostility: ['escalate', 'move_private'],
};
export const MOTIVES_POINTS = 50;
/**
 * A remedy she accepted had a time and someone named to do it (offer.ts asks "who?" otherwise): ownership shown, not
 * said — "Two of our staff will come up with a stair-climber … at 9:15" answers a threat to go to the press (revenge) or
 * a broken promise as surely as "I'll take this on" (scen15o, blind t16-21: the email resolved on its third reply with
 * judge at 0, though every reply named who would do what by when).
 */
const acceptedWithOwner = (turn: TurnRecord): boolean => turn.signals.includes('solution-accepted');
/** Needs a concrete remedy meets. */
const OFFER_MOTIVES: readonly Motive[] = ['fix', 'escape', 'compensation'];

export const rule: ScoringRule = {
  id: 'motives-addressed',
  dimension: 'judge',
  evaluate: ({ scenario, turns }) => {
    const motives = scenario.persona.motives;
    return motives.map((motive) => {
      // A remedy meets a need only once it is concrete enough for the customer to weigh.
      const turn = OFFER_MOTIVES.includes(motive)
        ? (turns.find(weighedOffer) ?? firstTurnWith(turns, MEETS[motive].filter((m) => m !== 'propose_solution')))
        : (firstTurnWith(turns, MEETS[motive]) ?? (MEETS[motive].includes('take_ownership') ? (turns.find(acceptedWithOwner) ?? null) : null));
      const points = turn ? Math.round(MOTIVES_POINTS / motives.length) : 0;
      return evidence('motives-addressed', 'judge', points, { key: turn ? 'motiveMet' : 'motiveMissed', params: { motive } }, {
        turn,
        suggestion: turn ? null : { key: `motive.${motive}` },
      });
    });
  },
};
