// The scenario as a graph of conversation states, following reactions' `goto` (the explicit edges).
// Breakdowns (explodeTo) and the turn limit are implicit edges from every state.
import type { Scenario } from '../scenario.types.ts';

/** state id → states a reaction can send it to (self-loops excluded). */
export function reactionEdges(scenario: Scenario): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const id of Object.keys(scenario.states)) edges.set(id, new Set());
  for (const r of scenario.reactions) {
    if (!r.goto) continue;
    for (const from of r.in ?? Object.keys(scenario.states)) {
      if (from !== r.goto) edges.get(from)?.add(r.goto);
    }
  }
  return edges;
}

/** Every node reachable from `start` along the edges, start included. */
export function reachableFrom(edges: Map<string, Set<string>>, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    for (const next of edges.get(node) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}
