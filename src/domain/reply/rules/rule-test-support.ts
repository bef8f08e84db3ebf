// Shared assertions for the per-rule tests: each rule file has a test beside it with positive and
// negative cases in zh-Hant, zh-Hans and en.
import { expect } from 'vitest';
import { classifyReply } from '../classify.ts';
import type { MoveId } from '../moves.ts';

/** Asserts the move is found, and that its evidence covers `words` (the trainee's own words). */
export function expectFound(move: MoveId, text: string, words?: string): void {
  const r = classifyReply(text);
  expect(r.acts, `${move} in ${JSON.stringify(text)}`).toContain(move);
  if (words) {
    const spans = r.evidence.filter((e) => e.move === move).map((e) => text.slice(e.start, e.end));
    expect(spans.some((s) => s.includes(words)), `evidence ${JSON.stringify(spans)} covers ${JSON.stringify(words)}`).toBe(true);
  }
}

export function expectNotFound(move: MoveId, text: string): void {
  const r = classifyReply(text);
  expect(r.acts, `no ${move} in ${JSON.stringify(text)}`).not.toContain(move);
}
