// Lays the machine out with dagre (layered, left to right): nodes in ranks, edges routed through the gaps
// between ranks — a back-edge (boils over, back to venting) goes round the nodes instead of through them.
// dagre over elkjs: about 17 KB gzip against several hundred, and its layered routing is all a state
// machine of a dozen nodes needs. Deterministic: the same states and reactions give the same picture, so
// editing a line never moves the graph.
import dagre from '@dagrejs/dagre';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Room round the outermost state or edge point: an arrowhead (6 px) and the stroke, with a little air. */
export const VIEW_PAD = 12;

export interface LaidOut {
  nodes: Map<string, Box>;
  /** One polyline per edge, in the order given. */
  edges: { x: number; y: number }[][];
  /**
   * The picture's extent: every state and every point of every edge, plus room for the arrowheads and the
   * stroke. dagre's own width and height leave out a back-edge routed above the first rank (its points have
   * a negative y), which the picture then clipped at the top.
   */
  viewBox: Box;
}

export const NODE_W = 150;
export const NODE_H = 40;

export function layoutGraph(nodeIds: readonly string[], edges: readonly { from: string; to: string }[]): LaidOut {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  // longest-path ranking: the default (network simplex) pulls the end states into the middle ranks of a
  // five-state machine, and a long edge (venting → closing) was drawn through "escalated".
  g.setGraph({ rankdir: 'LR', ranker: 'longest-path', nodesep: 30, ranksep: 70, edgesep: 15, marginx: 10, marginy: 10 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const id of nodeIds) g.setNode(id, { width: NODE_W, height: NODE_H });
  edges.forEach((e, i) => {
    if (g.hasNode(e.from) && g.hasNode(e.to)) g.setEdge(e.from, e.to, {}, `e${i}`);
  });
  dagre.layout(g);
  const nodes = new Map<string, Box>();
  for (const id of nodeIds) {
    const n = g.node(id);
    nodes.set(id, { x: n.x - NODE_W / 2, y: n.y - NODE_H / 2, width: NODE_W, height: NODE_H });
  }
  const routed = edges.map((e, i) => (g.hasNode(e.from) && g.hasNode(e.to) ? (g.edge({ v: e.from, w: e.to, name: `e${i}` })?.points ?? []).map((p: { x: number; y: number }) => ({ x: p.x, y: p.y })) : []));
  const graph = g.graph();
  const xs = [0, graph.width ?? 0, ...[...nodes.values()].flatMap((b) => [b.x, b.x + b.width]), ...routed.flat().map((p) => p.x)];
  const ys = [0, graph.height ?? 0, ...[...nodes.values()].flatMap((b) => [b.y, b.y + b.height]), ...routed.flat().map((p) => p.y)];
  const x = Math.floor(Math.min(...xs) - VIEW_PAD);
  const y = Math.floor(Math.min(...ys) - VIEW_PAD);
  const viewBox = { x, y, width: Math.ceil(Math.max(...xs) + VIEW_PAD) - x, height: Math.ceil(Math.max(...ys) + VIEW_PAD) - y };
  return { nodes, edges: routed, viewBox };
}
