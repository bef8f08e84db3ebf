interface Props {
  /** Values on a 0–100 scale, in order. */
  values: readonly number[];
  width?: number;
  height?: number;
}

/**
 * A small line chart on a 0–100 scale. Decorative to assistive technology: every use sits beside the same
 * numbers as text (the text alternative), and it prints in black on white.
 */
export function Sparkline({ values, width = 160, height = 40 }: Props) {
  const pad = 3;
  const x = (i: number) => pad + (values.length <= 1 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (values.length - 1));
  const y = (v: number) => pad + ((100 - Math.max(0, Math.min(100, v))) * (height - 2 * pad)) / 100;
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  return (
    <svg className="sparkline" viewBox={`0 0 ${width} ${height}`} width={width} height={height} aria-hidden="true" focusable="false">
      <line x1={pad} x2={width - pad} y1={y(50)} y2={y(50)} className="sparkline-mid" />
      {values.length > 1 && <polyline points={points} className="sparkline-line" />}
      {values.map((v, i) => (
        <circle key={i} cx={x(i)} cy={y(v)} r={2.5} className="sparkline-dot" />
      ))}
    </svg>
  );
}
