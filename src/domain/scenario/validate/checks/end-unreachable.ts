// end-unreachable: each end state must be reachable — `resolved` through reactions from `initial`;
// escalated and walked_out through reactions, `explodeTo` or the turn limit.
import { toJsonPath } from '../../parse-scenario.ts';
import { END_STATE_IDS } from '../../scenario.schema.ts';
import type { ScenarioCheck } from '../check.types.ts';
import { reachableFrom, reactionEdges } from '../graph.ts';

export const check: ScenarioCheck = {
  id: 'end-unreachable',
  run: ({ scenario }) => {
    const reachable = reachableFrom(reactionEdges(scenario), scenario.initial);
    reachable.add(scenario.explodeTo);
    reachable.add(scenario.turnLimit.outcome);
    return END_STATE_IDS.filter((e) => !reachable.has(e)).map((e) => ({
      check: 'end-unreachable',
      path: toJsonPath(['endStates', e]),
      message: `no path reaches end state "${e}"`,
    }));
  },
};
