// The machine's graph: a picture (mouse) and the same graph as a list of states and transitions (keyboard
// and screen readers). Clicking a state in either jumps to its JSON. States are shown by name (state-name.ts), their
// ids as tooltips; names are rendered as SVG/HTML text.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import { buildGraph, type EdgeTrigger, type GraphNode } from './build-graph.ts';
import { describeCondition } from './describe-condition.ts';
import { layoutGraph, NODE_H as H, NODE_W as W } from './layout-graph.ts';
import { stateName } from './state-name.ts';
import { factNamer } from '../story/record-name.ts';
import type { ReactNode } from 'react';

interface Props {
  scenario: Scenario | null;
  onJump: (path: string) => void;
  /** Editing on the graph (add a state, draw a transition); absent when read-only. */
  editor?: ReactNode;
}

/** Narrower than this, the fitted graph is too small to read (a phone: about a third of its size). */
export const NARROW_GRAPH = '(max-width: 40rem)';
const startsFitted = () => typeof window.matchMedia !== 'function' || !window.matchMedia(NARROW_GRAPH).matches;

export function GraphView({ scenario, onJump, editor }: Props) {
  const { t, i18n } = useTranslation();
  const graph = useMemo(() => (scenario ? buildGraph(scenario) : null), [scenario]);
  // The whole machine scaled to the panel's width by default (the end states sit at the far right, where a
  // horizontal scroll hid them); "Actual size" shows it at full scale, scrolling. On a phone the fitted picture is
  // a third of its size and unreadable: there it starts at actual size, scrolling both ways, and fitting is the choice.
  const [fit, setFit] = useState(startsFitted);
  if (!scenario || !graph) return <p className="studio-empty">{t('studio.graph.needsSchema')}</p>;
  const reactionEdges = graph.edges.filter((e) => e.trigger.kind === 'reaction');
  const laid = layoutGraph(graph.nodes.map((n) => n.id), reactionEdges);
  const { viewBox } = laid;
  const pos = laid.nodes;
  const trigger = (tr: EdgeTrigger) =>
    tr.kind === 'reaction' ? t('studio.graph.reaction', { when: describeCondition(tr.when, t, factNamer(scenario.facts, i18n.language)) }) : tr.kind === 'explode' ? t('studio.graph.explode', { value: scenario.thresholds.explode }) : t('studio.graph.turnLimit', { turns: tr.turns });
  // By name in the UI language (已解决, not resolved; 发泄不满, not venting); an author's own id read as words.
  const nameOf = (id: string) => stateName(id, t);
  // What fits a node: 20 Latin letters, or 10 Chinese characters (each as wide as two).
  const clip = (name: string) => {
    let width = 0;
    const chars = [...name];
    const fits = chars.findIndex((c) => (width += /[\u2e80-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1) > 20);
    return fits < 0 ? name : `${chars.slice(0, Math.max(1, fits - 1)).join('')}…`;
  };
  const nodeClass = (n: GraphNode) => ['studio-node', n.kind, n.kind === 'end' ? n.id : '', n.unreachable ? 'unreachable' : '', n.deadEnd ? 'dead-end' : ''].join(' ');
  // Tags joined as the UI language lists them (起点、无法到达, not 起点, 无法到达).
  const marks = (n: GraphNode) =>
    [n.kind === 'initial' ? t('studio.graph.initial') : '', n.unreachable ? t('studio.graph.unreachable') : '', n.deadEnd ? t('studio.graph.deadEnd') : '']
      .filter(Boolean)
      .reduce((first, second) => (first ? t('studio.graph.marks', { first, second }) : second), '');

  return (
    <div className="studio-graph">
      <p className="hint">{t('studio.graph.legend')}</p>
      <p className="studio-graph-zoom">
        <button type="button" className="button small" aria-pressed={!fit} onClick={() => setFit(!fit)}>
          {t('studio.graph.actualSize')}
        </button>{' '}
        <span className="hint">{t(fit ? 'studio.graph.fitted' : 'studio.graph.scrollHint')}</span>
      </p>
      <div className="studio-graph-scroll" tabIndex={0} role="region" aria-label={t('studio.graph.picture', { states: graph.nodes.length, transitions: graph.edges.length })}>
        <svg
          className={fit ? 'fit' : 'actual'}
          viewBox={`${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`}
          width={fit ? '100%' : viewBox.width}
          height={fit ? undefined : viewBox.height}
          style={fit ? { maxWidth: viewBox.width } : undefined}
          role="img" aria-label={t('studio.graph.picture', { states: graph.nodes.length, transitions: graph.edges.length })}>
          <defs>
            <marker id="studio-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" />
            </marker>
          </defs>
          {reactionEdges.map((e, i) => {
            const points = laid.edges[i] ?? [];
            if (points.length < 2) return null;
            return (
              <path key={i} className="studio-edge" d={points.map((p, j) => `${j ? 'L' : 'M'} ${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ')} markerEnd="url(#studio-arrow)">
                <title>{trigger(e.trigger)}</title>
              </path>
            );
          })}
          {graph.nodes.map((n) => {
            const p = pos.get(n.id)!;
            return (
              <g key={n.id} className={nodeClass(n)} transform={`translate(${p.x},${p.y})`} onClick={() => onJump(n.path)}>
                <title>{n.id}</title>
                <rect width={W} height={H} rx={8} />
                <text x={W / 2} y={H / 2 + 5} textAnchor="middle">
                  {clip(nameOf(n.id))}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      {editor}
      <ul className="studio-graph-list">
        {graph.nodes.map((n) => (
          <li key={n.id} className={nodeClass(n)}>
            <button type="button" className="button small link" title={n.id} onClick={() => onJump(n.path)}>
              {nameOf(n.id)}
            </button>
            {/* A space between the state's name and its tag ("发泄不满 起点", not "发泄不满起点"). */}
            {marks(n) && ' '}
            {marks(n) && <span className="studio-tag">{marks(n)}</span>}
            {n.kind !== 'end' && (
              <ul>
                {graph.edges
                  .filter((e) => e.from === n.id)
                  .map((e, i) => (
                    <li key={i}>{t('studio.graph.edge', { to: nameOf(e.to), trigger: trigger(e.trigger) })}</li>
                  ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
