// 聽 listen (docs/training-model.md#listen): respond so the customer knows you listen, restate to
// confirm, invite the whole story; never hurry them (docs/training-model.md#phone-complaint-call, listen rationally).
import type { MoveId } from '../../reply/moves.ts';
import { evidence, spanOf } from '../evidence.ts';
import type { EvidenceItem, ScoringRule } from '../scorecard.types.ts';
import type { TurnRecord } from '../../scenario/scenario.types.ts';
import { asksToConfirm } from '../../customer/read-back.ts';

/** Points for the first (and second) use of each listening move. */
export const LISTEN_POINTS: Partial<Record<MoveId, [number, number]>> = {
  paraphrase: [40, 15],
  acknowledge: [30, 10],
  empathize: [15, 0],
  ask_open: [15, 0],
};
export const RUSH_POINTS = -20;
/** Asking again for what the customer has already told: they were not heard. */
export const ASKED_AGAIN_POINTS = -10;

/**
 * The reply's moves as listening sees them. A closed question that reads her own details back ("Checking
 * now: 2lb nut-free mango cake, Tai Koo Shing, due 1–3 pm today. Right?", 係咪兩磅無果仁芒果蛋糕…？) is
 * restating to confirm — the listening skill's paraphrase (聽: restate to confirm) — not only a question.
 */
export function listeningMoves(turn: TurnRecord): readonly MoveId[] {
  const { acts } = turn.analysis;
  // Two or more of her details (one word — "Is everything okay?" naming how she feels — is a question; the time she was
  // promised, read back beside a fact, is one of them), asked to be confirmed ("Right?", 對嗎？, 係咪…？): two questions about
  // two details are questions. The customer hears the same read-back and answers it with a yes (customer/read-back.ts: one
  // definition for both).
  if (acts.includes('paraphrase') || !asksToConfirm(turn.analysis, turn.reply)) return acts;
  return [...acts, 'paraphrase'];
}

export const rule: ScoringRule = {
  id: 'listening',
  dimension: 'listen',
  evaluate: ({ turns }) => {
    const items: EvidenceItem[] = [];
    const seen = new Map<MoveId, number>();
    for (const turn of turns) {
      for (const move of listeningMoves(turn)) {
        if (move === 'rush') {
          items.push(evidence('listening', 'listen', RUSH_POINTS, { key: 'rushed' }, { turn, span: spanOf(turn, move), suggestion: { key: 'letThemFinish' } }));
          continue;
        }
        const points = LISTEN_POINTS[move];
        if (!points) continue;
        const nth = seen.get(move) ?? 0;
        seen.set(move, nth + 1);
        const p = points[nth] ?? 0;
        if (p > 0) items.push(evidence('listening', 'listen', p, { key: `listened.${move}` }, { turn, span: spanOf(turn, move) ?? spanOf(turn, 'ask_closed') }));
      }
    }
    for (const turn of turns.filter((t) => t.signals.includes('asked-again'))) {
      items.push(evidence('listening', 'listen', ASKED_AGAIN_POINTS, { key: 'askedAgain' }, { turn, suggestion: { key: 'paraphrase' } }));
    }
    if (!turns.some((t) => listeningMoves(t).includes('paraphrase'))) {
      items.push(evidence('listening', 'listen', 0, { key: 'noParaphrase' }, { suggestion: { key: 'paraphrase' } }));
    }
    return items;
  },
};
