import type { Locale } from '../../../domain/reply/reply.types.ts';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';

/** A candidate reply in guided mode. `kind` is for tests and the scorecard, never shown before picking. */
export interface Candidate {
  kind: 'model' | 'premature' | 'harmful';
  text: string;
}

/** Number of generic harmful replies in the locale files (drill.guided.distractors.d1…dN). */
export const DISTRACTOR_COUNT = 8;

// Small deterministic hash so the same seed and turn always give the same order.
function mix(seed: number, turn: number, salt: number): number {
  let h = (seed ^ 0x9e3779b9) + turn * 0x85ebca6b + salt * 0xc2b2ae35;
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 13), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Three replies to pick from: the model answer for the current state, a model answer meant for another
 * phase (solving before listening, or the reverse), and a deck-listed mistake. Shuffled by seed and turn.
 */
export function guidedCandidates(
  scenario: Scenario,
  state: string,
  turn: number,
  seed: number,
  locale: Locale,
  distractor: (n: number) => string,
): Candidate[] {
  const here = scenario.modelAnswers[state] ?? [];
  const model = here[mix(seed, turn, 1) % Math.max(1, here.length)];
  const otherStates = Object.keys(scenario.modelAnswers).filter((s) => s !== state);
  const otherState = otherStates[mix(seed, turn, 2) % Math.max(1, otherStates.length)];
  const others = otherState ? (scenario.modelAnswers[otherState] ?? []) : [];
  const premature = others[mix(seed, turn, 3) % Math.max(1, others.length)];
  const first = mix(seed, turn, 4) % DISTRACTOR_COUNT;

  const list: Candidate[] = [];
  if (model) list.push({ kind: 'model', text: model[locale] });
  if (premature && premature[locale] !== model?.[locale]) list.push({ kind: 'premature', text: premature[locale] });
  for (let i = 0; list.length < 3 && i < DISTRACTOR_COUNT; i++) list.push({ kind: 'harmful', text: distractor(((first + i) % DISTRACTOR_COUNT) + 1) });

  const order = list.map((c, i) => ({ c, k: mix(seed, turn, 10 + i) }));
  return order.sort((a, b) => a.k - b.k).map((o) => o.c);
}
