import { describe, expect, it } from 'vitest';
import { shipped, shippedDoc } from '../../../domain/scenario/test-support/shipped.ts';
import { parseScenario } from '../../../domain/scenario/parse-scenario.ts';
import { buildGraph } from './build-graph.ts';

describe('buildGraph', () => {
  it('lists every state and end state, labels reaction edges, and marks nothing on a shipped scenario', () => {
    const g = buildGraph(shipped('angry-resident'));
    expect(g.nodes.filter((n) => n.kind === 'end').map((n) => n.id)).toEqual(['resolved', 'escalated', 'walked_out']);
    expect(g.nodes.filter((n) => n.kind === 'initial')).toHaveLength(1);
    expect(g.nodes.some((n) => n.unreachable || n.deadEnd)).toBe(false);
    expect(g.edges.some((e) => e.trigger.kind === 'reaction' && e.to === 'resolved')).toBe(true);
    expect(g.edges.some((e) => e.trigger.kind === 'explode')).toBe(true);
  });

  it('marks unreachable and dead-end states', () => {
    const doc = shippedDoc('angry-resident') as { reactions: { goto?: string }[] };
    // Every reaction that led to "solving" now stays put: solving is unreachable, and nothing reaches resolved.
    for (const r of doc.reactions) if (r.goto === 'solving') delete r.goto;
    const g = buildGraph(parseScenario(doc));
    expect(g.nodes.find((n) => n.id === 'solving')?.unreachable).toBe(true);
    expect(g.nodes.find((n) => n.id === 'venting')?.deadEnd).toBe(true);
    expect(g.nodes.find((n) => n.id === 'solving')?.path).toBe('$.states.solving');
  });
});
