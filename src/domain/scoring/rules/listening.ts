// 聽 listen (000_08713545b2ee6cbf.txt, five skills): respond so the customer knows you listen, restate to
// confirm, invite the whole story; never hurry them (002_ec423cfec83186e4.txt §十一, listen rationally).
import type { MoveId } from '../../reply/moves.ts';
import { evidence, spanOf } from '../evidence.ts';
import type { EvidenceItem, ScoringRule } from '../scorecard.types.ts';

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

export const rule: ScoringRule = {
  id: 'listening',
  dimension: 'listen',
  evaluate: ({ turns }) => {
    const items: EvidenceItem[] = [];
    const seen = new Map<MoveId, number>();
    for (const turn of turns) {
      for (const move of turn.analysis.acts) {
        if (move === 'rush') {
          items.push(evidence('listening', 'listen', RUSH_POINTS, { key: 'rushed' }, { turn, span: spanOf(turn, move), suggestion: { key: 'letThemFinish' } }));
          continue;
        }
        const points = LISTEN_POINTS[move];
        if (!points) continue;
        const nth = seen.get(move) ?? 0;
        seen.set(move, nth + 1);
        const p = points[nth] ?? 0;
        if (p > 0) items.push(evidence('listening', 'listen', p, { key: `listened.${move}` }, { turn, span: spanOf(turn, move) }));
      }
    }
    for (const turn of turns.filter((t) => t.signals.includes('asked-again'))) {
      items.push(evidence('listening', 'listen', ASKED_AGAIN_POINTS, { key: 'askedAgain' }, { turn, suggestion: { key: 'paraphrase' } }));
    }
    if (!turns.some((t) => t.analysis.acts.includes('paraphrase'))) {
      items.push(evidence('listening', 'listen', 0, { key: 'noParaphrase' }, { suggestion: { key: 'paraphrase' } }));
    }
    return items;
  },
};
