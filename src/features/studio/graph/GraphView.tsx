// The machine's graph: a picture (mouse) and the same graph as a list of states and transitions (keyboard
// and screen readers). Clicking a state in either jumps to its JSON. Ids are rendered as SVG/HTML text.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import { buildGraph, type EdgeTrigger, type GraphNode } from './build-graph.ts';

interface Props {
  scenario: Scenario | null;
  onJump: (path: string) => void;
}

const W = 150;
const H = 40;
const GAP_X = 60;
const GAP_Y = 20;

function layout(nodes: GraphNode[], edges: { from: string; to: string; trigger: EdgeTrigger }[], initial: string) {
  const depth = new Map<string, number>([[initial, 0]]);
  const queue = [initial];
  for (let n = queue.shift(); n !== undefined; n = queue.shift()) {
    for (const e of edges) if (e.trigger.kind === 'reaction' && e.from === n && !depth.has(e.to) && !nodes.find((x) => x.id === e.to && x.kind === 'end')) {
      depth.set(e.to, (depth.get(n) ?? 0) + 1);
      queue.push(e.to);
    }
  }
  const maxState = Math.max(0, ...depth.values());
  const columns = new Map<number, string[]>();
  for (const node of nodes) {
    const col = node.kind === 'end' ? maxState + 2 : (depth.get(node.id) ?? maxState + 1);
    columns.set(col, [...(columns.get(col) ?? []), node.id]);
  }
  const pos = new Map<string, { x: number; y: number }>();
  for (const [col, ids] of columns) ids.forEach((id, row) => pos.set(id, { x: 10 + col * (W + GAP_X), y: 10 + row * (H + GAP_Y) }));
  const width = Math.max(...[...pos.values()].map((p) => p.x)) + W + 10;
  const height = Math.max(...[...pos.values()].map((p) => p.y)) + H + 10;
  return { pos, width, height };
}

export function GraphView({ scenario, onJump }: Props) {
  const { t } = useTranslation();
  const graph = useMemo(() => (scenario ? buildGraph(scenario) : null), [scenario]);
  if (!scenario || !graph) return <p className="studio-empty">{t('studio.graph.needsSchema')}</p>;
  const { pos, width, height } = layout(graph.nodes, graph.edges, scenario.initial);
  const trigger = (tr: EdgeTrigger) =>
    tr.kind === 'reaction' ? t('studio.graph.reaction', { id: tr.id, when: tr.when }) : tr.kind === 'explode' ? t('studio.graph.explode', { value: scenario.thresholds.explode }) : t('studio.graph.turnLimit', { turns: tr.turns });
  const nodeClass = (n: GraphNode) => ['studio-node', n.kind, n.kind === 'end' ? n.id : '', n.unreachable ? 'unreachable' : '', n.deadEnd ? 'dead-end' : ''].join(' ');
  const marks = (n: GraphNode) => [n.kind === 'initial' ? t('studio.graph.initial') : '', n.unreachable ? t('studio.graph.unreachable') : '', n.deadEnd ? t('studio.graph.deadEnd') : ''].filter(Boolean).join(', ');
  const reactionEdges = graph.edges.filter((e) => e.trigger.kind === 'reaction');

  return (
    <div className="studio-graph">
      <p className="hint">{t('studio.graph.legend')}</p>
      <div className="studio-graph-scroll" tabIndex={0} role="region" aria-label={t('studio.graph.picture', { states: graph.nodes.length, transitions: graph.edges.length })}>
        <svg width={width} height={height} role="img" aria-label={t('studio.graph.picture', { states: graph.nodes.length, transitions: graph.edges.length })}>
          <defs>
            <marker id="studio-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" />
            </marker>
          </defs>
          {reactionEdges.map((e, i) => {
            const a = pos.get(e.from);
            const b = pos.get(e.to);
            if (!a || !b) return null;
            return (
              <line key={i} className="studio-edge" x1={a.x + W} y1={a.y + H / 2} x2={b.x} y2={b.y + H / 2} markerEnd="url(#studio-arrow)">
                <title>{trigger(e.trigger)}</title>
              </line>
            );
          })}
          {graph.nodes.map((n) => {
            const p = pos.get(n.id)!;
            return (
              <g key={n.id} className={nodeClass(n)} transform={`translate(${p.x},${p.y})`} onClick={() => onJump(n.path)}>
                <rect width={W} height={H} rx={8} />
                <text x={W / 2} y={H / 2 + 5} textAnchor="middle">
                  {n.id.length > 20 ? `${n.id.slice(0, 19)}…` : n.id}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <ul className="studio-graph-list">
        {graph.nodes.map((n) => (
          <li key={n.id} className={nodeClass(n)}>
            <button type="button" className="button small link" onClick={() => onJump(n.path)}>
              {n.kind === 'end' ? t(`studio.outcomes.${n.id as 'resolved'}`) : n.id}
            </button>
            {marks(n) && <span className="studio-tag">{marks(n)}</span>}
            {n.kind !== 'end' && (
              <ul>
                {graph.edges
                  .filter((e) => e.from === n.id)
                  .map((e, i) => (
                    <li key={i}>
                      → {e.to}: {trigger(e.trigger)}
                    </li>
                  ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
