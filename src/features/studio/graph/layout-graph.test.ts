import { describe, expect, it } from 'vitest';
import { shipped, SHIPPED_IDS } from '../../../domain/scenario/test-support/shipped.ts';
import { buildGraph } from './build-graph.ts';
import { layoutGraph, type Box } from './layout-graph.ts';

/** Whether the segment a→b passes through the inside of the box (shrunk by 1 px, so touching an edge is fine). */
function crosses(a: { x: number; y: number }, b: { x: number; y: number }, box: Box): boolean {
  const inside = (p: { x: number; y: number }) => p.x > box.x + 1 && p.x < box.x + box.width - 1 && p.y > box.y + 1 && p.y < box.y + box.height - 1;
  for (let i = 0; i <= 40; i++) {
    const t = i / 40;
    if (inside({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t })) return true;
  }
  return false;
}

function laidOut(id: string) {
  const graph = buildGraph(shipped(id));
  const edges = graph.edges.filter((e) => e.trigger.kind === 'reaction');
  return { graph, edges, out: layoutGraph(graph.nodes.map((n) => n.id), edges) };
}

describe('graph layout', () => {
  it.each([...SHIPPED_IDS])('routes every transition of %s around the other states, back-edges included', (id) => {
    const { edges, out } = laidOut(id);
    edges.forEach((e, i) => {
      const points = out.edges[i]!;
      expect(points.length).toBeGreaterThanOrEqual(2);
      for (const [nodeId, box] of out.nodes) {
        if (nodeId === e.from || nodeId === e.to) continue;
        for (let j = 1; j < points.length; j++) expect(crosses(points[j - 1]!, points[j]!, box), `${e.from}→${e.to} through ${nodeId}`).toBe(false);
      }
    });
  });

  it('keeps the picture where it was when an edit does not change the machine', () => {
    const scenario = shipped('angry-resident');
    const before = layoutGraph(buildGraph(scenario).nodes.map((n) => n.id), buildGraph(scenario).edges.filter((e) => e.trigger.kind === 'reaction'));
    const edited = { ...scenario, title: { ...scenario.title, en: 'Changed' }, passMark: 70 };
    const after = layoutGraph(buildGraph(edited).nodes.map((n) => n.id), buildGraph(edited).edges.filter((e) => e.trigger.kind === 'reaction'));
    expect(after).toEqual(before);
  });

  it.each([...SHIPPED_IDS])('%s: the picture\'s viewBox holds every state and every point of every edge, back-edges included, with room for the arrowheads', (id) => {
    const { out } = laidOut(id);
    const { viewBox: v } = out;
    const inside = (x: number, y: number, margin: number) => x >= v.x + margin && x <= v.x + v.width - margin && y >= v.y + margin && y <= v.y + v.height - margin;
    for (const [nodeId, b] of out.nodes) expect(inside(b.x, b.y, 0) && inside(b.x + b.width, b.y + b.height, 0), nodeId).toBe(true);
    out.edges.forEach((points, i) => points.forEach((p) => expect(inside(p.x, p.y, 4), `edge ${i} at ${p.x},${p.y}`).toBe(true)));
  });

  it('a back-edge above the states (negative y from the layout) stays inside the picture', () => {
    const out = layoutGraph(['a', 'b', 'c'], [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
      { from: 'c', to: 'a' },
      { from: 'b', to: 'a' },
    ]);
    const ys = out.edges.flat().map((p) => p.y);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(out.viewBox.y);
    expect(Math.max(...ys)).toBeLessThanOrEqual(out.viewBox.y + out.viewBox.height);
  });
});
