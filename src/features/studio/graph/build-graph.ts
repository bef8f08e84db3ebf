// The compiled machine as a graph for the studio: every conversation state and end state, each
// transition labelled with what triggers it, unreachable and dead-end states marked.
import { possibleTargets } from '../../../domain/scenario/possible-targets.ts';
import { END_STATE_IDS } from '../../../domain/scenario/scenario.schema.ts';
import type { Condition, Scenario } from '../../../domain/scenario/scenario.types.ts';
import { reachableFrom } from '../../../domain/scenario/validate/graph.ts';

/** What ends a state along an edge: a reaction (its id and condition), a breakdown, or the turn limit. */
export type EdgeTrigger = { kind: 'reaction'; id: string; when: Condition } | { kind: 'explode' } | { kind: 'turnLimit'; turns: number };

export interface GraphEdge {
  from: string;
  to: string;
  trigger: EdgeTrigger;
}

export interface GraphNode {
  id: string;
  kind: 'initial' | 'state' | 'end';
  /** Not reachable from the initial state along reactions. */
  unreachable: boolean;
  /** A conversation state from which no reaction path reaches `resolved` (the validator's no-way-out). */
  deadEnd: boolean;
  /** JSON path of the node's definition. */
  path: string;
}

export function buildGraph(scenario: Scenario): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const edges: GraphEdge[] = [];
  const states = Object.keys(scenario.states);
  for (const r of scenario.reactions) {
    if (!r.goto) continue;
    for (const from of r.in ?? states) if (from !== r.goto) edges.push({ from, to: r.goto, trigger: { kind: 'reaction', id: r.id, when: r.when } });
  }
  for (const from of states) {
    edges.push({ from, to: scenario.explodeTo, trigger: { kind: 'explode' } });
    edges.push({ from, to: scenario.turnLimit.outcome, trigger: { kind: 'turnLimit', turns: scenario.turnLimit.turns } });
  }
  // Sanity: every edge is one the compiled machine has.
  const valid = edges.filter((e) => possibleTargets(scenario, e.from).includes(e.to));
  const explicit = new Map<string, Set<string>>();
  for (const id of [...states, ...END_STATE_IDS]) explicit.set(id, new Set());
  for (const e of valid) if (e.trigger.kind === 'reaction') explicit.get(e.from)?.add(e.to);
  const reachable = reachableFrom(explicit, scenario.initial);
  // Breakdowns and the turn limit end every state; a dead end is one the trainee can never resolve from.
  const reachesEnd = (id: string) => reachableFrom(explicit, id).has('resolved');
  const nodes: GraphNode[] = [
    ...states.map((id): GraphNode => ({
      id,
      kind: id === scenario.initial ? 'initial' : 'state',
      unreachable: !reachable.has(id),
      deadEnd: !reachesEnd(id),
      path: `$.states[${JSON.stringify(id)}]`.replace(/\["([A-Za-z_$][\w$]*)"\]/, '.$1'),
    })),
    ...END_STATE_IDS.map((id): GraphNode => ({ id, kind: 'end', unreachable: false, deadEnd: false, path: `$.endStates.${id}` })),
  ];
  return { nodes, edges: valid };
}
