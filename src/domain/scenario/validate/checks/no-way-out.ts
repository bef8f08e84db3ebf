// no-way-out: from every reachable conversation state, good handling must still be able to reach
// `resolved`; otherwise the trainee is trapped and can only wait for the turn limit.
import { toJsonPath } from '../../parse-scenario.ts';
import type { ScenarioCheck } from '../check.types.ts';
import { reachableFrom, reactionEdges } from '../graph.ts';

export const check: ScenarioCheck = {
  id: 'no-way-out',
  run: ({ scenario }) => {
    const edges = reactionEdges(scenario);
    const reachable = reachableFrom(edges, scenario.initial);
    return Object.keys(scenario.states)
      .filter((s) => reachable.has(s) && !reachableFrom(edges, s).has('resolved'))
      .map((s) => ({
        check: 'no-way-out',
        path: toJsonPath(['states', s]),
        message: (edges.get(s)?.size ?? 0) === 0 ? `state "${s}" has no reaction leading out of it` : `no path leads from state "${s}" to "resolved"`,
      }));
  },
};
