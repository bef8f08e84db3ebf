// unreachable-state: a conversation state no chain of reactions reaches from `initial` is dead content.
import { toJsonPath } from '../../parse-scenario.ts';
import type { ScenarioCheck } from '../check.types.ts';
import { reachableFrom, reactionEdges } from '../graph.ts';

export const check: ScenarioCheck = {
  id: 'unreachable-state',
  run: ({ scenario }) => {
    const reachable = reachableFrom(reactionEdges(scenario), scenario.initial);
    return Object.keys(scenario.states)
      .filter((s) => !reachable.has(s))
      .map((s) => ({ check: 'unreachable-state', path: toJsonPath(['states', s]), message: `state "${s}" is never reached from "${scenario.initial}"` }));
  },
};
