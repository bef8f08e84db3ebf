// Why a drill is incomplete: the replies ran out (or the trainee stopped) before the customer reached an end.
// "Incomplete" alone reads as a verdict with no reason; this names what the customer was still waiting for,
// in the order a resolution needs it: a solution accepted, objections answered, calm, and a close. No points:
// the outcome factor already weighs an unfinished drill (weights.ts).
import { objectionsOpen } from '../../customer/objections.ts';
import { evidence } from '../evidence.ts';
import type { EvidenceItem, ScoringInput, ScoringRule } from '../scorecard.types.ts';

/** The one reason, or null when the drill ended (or nothing was said). */
export function unfinishedReason({ scenario, sim, outcome, locale }: ScoringInput): EvidenceItem | null {
  if (outcome !== 'incomplete' || sim.turns.length === 0) return null;
  const why = (key: string, params: Record<string, string | number> = {}) => evidence('unfinished', 'process', 0, { key: `unfinished.${key}`, params });
  if (!sim.solutionAccepted) return why(sim.offer?.status === 'pending' ? 'offerPending' : 'noSolution');
  if (objectionsOpen(sim.objections)) {
    const id = Object.keys(sim.objections).find((o) => sim.objections[o] === 'open');
    const objection = scenario.objections.find((o) => o.id === id);
    if (objection) return why('objectionOpen', { objection: objection.label[locale] });
  }
  if (sim.hostility >= scenario.thresholds.mid) return why('stillUpset', { hostility: sim.hostility });
  return why('notClosed');
}

export const rule: ScoringRule = {
  id: 'unfinished',
  dimension: 'process',
  evaluate: (input) => {
    const item = unfinishedReason(input);
    return item ? [item] : [];
  },
};
