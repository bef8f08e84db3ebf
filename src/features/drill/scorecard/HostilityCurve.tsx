import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Hostility at the start, then after each turn. */
  points: readonly number[];
  /** Where the conversation breaks down, drawn as a dashed line. */
  explode?: number;
}

/** The drawing's width on a wide screen; narrower screens draw at their own width (see useDrawingWidth). */
const W_MAX = 560;
/** Below this the chart is scaled down rather than squeezed further. */
const W_MIN = 260;
const H = 200;
const PAD = { l: 36, r: 12, t: 12, b: 28 };
/** The breakdown label's font size (drill.css .limit-label). */
const LABEL_SIZE = 11;

/**
 * The width to draw at: the figure's own width in CSS pixels, so the axis labels keep their 11 px on a phone
 * (drawn at 560 and scaled to a 310 px card, they were 6 px). 560 where ResizeObserver is missing.
 */
function useDrawingWidth() {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(W_MAX);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const fit = (w: number) => setWidth(Math.round(Math.min(W_MAX, Math.max(W_MIN, w))));
    fit(el.getBoundingClientRect().width);
    const observer = new ResizeObserver(([entry]) => entry && fit(entry.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/** 敵意曲線: hostility over the turns as an SVG line, with the values in a table for screen readers. */
export function HostilityCurve({ points, explode }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { ref, width: W } = useDrawingWidth();
  const n = Math.max(points.length - 1, 1);
  const x = (i: number) => PAD.l + ((W - PAD.l - PAD.r) * i) / n;
  const y = (v: number) => PAD.t + ((H - PAD.t - PAD.b) * (100 - v)) / 100;
  const path = points.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)} ${y(v).toFixed(1)}`).join(' ');
  return (
    <figure className="curve" ref={ref}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-cap`} aria-describedby={`${id}-table`}>
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v} className="grid">
            <line x1={PAD.l} x2={W - PAD.r} y1={y(v)} y2={y(v)} />
            <text x={PAD.l - 6} y={y(v) + 4} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        {explode !== undefined && (
          <g>
            <line className="limit" x1={PAD.l} x2={W - PAD.r} y1={y(explode)} y2={y(explode)} />
            {/* Above the line where there is room; below it near the top (at 100 it was drawn outside the chart, cut off). */}
            <text className="limit-label" x={W - PAD.r} y={y(explode) - 5 >= LABEL_SIZE ? y(explode) - 5 : y(explode) + LABEL_SIZE + 3} textAnchor="end">
              {t('practice.curve.limitLabel', { value: explode })}
            </text>
          </g>
        )}
        <path className="curve-area" d={`${path} L${x(points.length - 1)} ${y(0)} L${x(0)} ${y(0)} Z`} />
        <path className="curve-line" d={path} />
        {points.map((v, i) => (
          <g key={i}>
            <circle className="curve-dot" cx={x(i)} cy={y(v)} r={4} />
            <text className="curve-x" x={x(i)} y={H - 8} textAnchor="middle">
              {i === 0 ? t('scorecards.curve.start') : i}
            </text>
          </g>
        ))}
      </svg>
      <figcaption id={`${id}-cap`}>
        {t('scorecards.curve.caption')}
        {explode !== undefined && (
          <>
            {' '}
            <span className="curve-legend">
              <svg viewBox="0 0 24 6" aria-hidden="true" focusable="false">
                <line className="limit" x1="0" x2="24" y1="3" y2="3" />
              </svg>
              {t('practice.curve.limitLegend', { value: explode })}
            </span>
          </>
        )}
      </figcaption>
      {/* A table ignores the width and overflow that hide other elements: hidden by a wrapper instead, so it
          cannot widen the page on a phone. */}
      <div className="visually-hidden">
        <table id={`${id}-table`}>
          <caption>{t('scorecards.curve.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scorecards.curve.turn')}</th>
              <th scope="col">{t('scorecards.curve.hostility')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((v, i) => (
              <tr key={i}>
                <td>{i === 0 ? t('scorecards.curve.start') : i}</td>
                <td>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
