/** A horizontal bar for a 0–100 value, drawn beside its number (the number is the text alternative). */
export function ScoreBar({ value }: { value: number }) {
  return (
    <span className="score-bar" aria-hidden="true">
      <span className="score-bar-fill" style={{ width: `${Math.max(0, Math.min(100, value))}%` }} />
    </span>
  );
}
