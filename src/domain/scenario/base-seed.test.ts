import { describe, expect, it } from 'vitest';
import { baseSeed } from './base-seed.ts';
import { playable, variationOf } from './playable.ts';
import { SHIPPED_IDS, shipped } from './test-support/shipped.ts';

describe('baseSeed', () => {
  it.each(SHIPPED_IDS)('%s: the seed plays the customer and values the briefing shows', (id) => {
    const scenario = shipped(id);
    const seed = baseSeed(scenario);
    const v = variationOf(scenario, seed);
    expect(v.nameIndex).toBe(0);
    expect(Object.values(v.vars).every((i) => i === 0)).toBe(true);
    expect(playable(scenario, { difficulty: 'standard', seed }).persona.name).toEqual(scenario.persona.name);
  });

  it('is the smallest such seed, so it never changes while the variation does not', () => {
    const scenario = shipped('stairwell-pram');
    const seed = baseSeed(scenario);
    for (let s = 1; s < seed; s++) {
      const v = variationOf(scenario, s);
      expect(v.nameIndex === 0 && Object.values(v.vars).every((i) => i === 0)).toBe(false);
    }
  });

  it('is seed 1 when the scenario has no variation at all', () => {
    const scenario = shipped('angry-resident');
    expect(baseSeed({ ...scenario, persona: { ...scenario.persona, variants: undefined }, vars: undefined })).toBe(1);
  });
});
