// The seed whose variation is the scenario as written: the persona's own name and every var's first value.
// Blind drills are written from the briefing, which shows that base customer; replaying them at a seed that
// names someone else would cost the trainee the points for using the name they were given.
import { variationOf } from './playable.ts';
import type { Scenario } from './scenario.types.ts';

/** Seeds tried before giving up (each var and the name halve the odds or better; 3 names × 3 × 3 fit easily). */
export const BASE_SEED_SEARCH = 10_000;

/** The smallest seed ≥ 1 that plays the base customer (name index 0, every var at its first value). */
export function baseSeed(scenario: Scenario): number {
  for (let seed = 1; seed <= BASE_SEED_SEARCH; seed++) {
    const v = variationOf(scenario, seed);
    if (v.nameIndex === 0 && Object.values(v.vars).every((i) => i === 0)) return seed;
  }
  throw new Error(`Scenario "${scenario.id}": no seed up to ${BASE_SEED_SEARCH} plays its base customer (persona.name and each var's first value).`);
}
