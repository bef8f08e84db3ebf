// Seeded variation in the shipped library (issue 15 item 4): angry-resident and shop-floor-outburst vary
// their customer's name, a fact's details and which objections come, so a second play is a new
// conversation; the stored seed replays an attempt exactly. Played through the real reader and drill.
import { describe, expect, it } from 'vitest';
import { runDrill } from '../drill/run-drill.ts';
import { createReader } from '../reading/read-reply.ts';
import { golden as angryResident } from './golden/angry-resident.golden.ts';
import { golden as shopFloor } from './golden/shop-floor-outburst.golden.ts';
import { playable, variationOf } from './playable.ts';
import { shipped } from './test-support/shipped.ts';

const CASES = [
  { set: angryResident, optional: 'who-dropped-it', details: { hour: ['ten', 'eleven', 'half past nine'], motherAge: ['in her eighties', 'in her seventies', 'in her nineties'] } },
  { set: shopFloor, optional: 'test-it-here', details: { price: ['nine hundred and eighty dollars', 'twelve hundred dollars', 'seven hundred and fifty dollars'], minutes: ['five minutes', 'two or three minutes', 'ten minutes'] } },
] as const;

const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);

describe.each(CASES)('seeded variation: $set.scenario', ({ set, optional, details }) => {
  const scenario = shipped(set.scenario);
  const read = createReader(scenario);
  const play = (seed: number) => runDrill(scenario, set.replies.good.en, { read, seed, locale: 'en' });
  /** Everything the customer said, in order (English). */
  const said = (seed: number) => play(seed).sim.turns.flatMap((t) => t.customer.map((c) => c.en));

  it('gives each play a customer name, details and objections from its seed, never a {placeholder}', () => {
    const names = new Set<string>();
    const picked = Object.fromEntries(Object.keys(details).map((k) => [k, new Set<number>()]));
    const optionalComes = new Set<boolean>();
    for (const seed of SEEDS) {
      const p = playable(scenario, { difficulty: 'standard', seed });
      names.add(p.persona.name.en);
      const v = variationOf(scenario, seed);
      for (const key of Object.keys(details)) picked[key]!.add(v.vars[key]!);
      optionalComes.add(p.objections.some((o) => o.id === optional));
      expect(p.briefing.en).toContain(p.persona.name.en);
      expect(JSON.stringify(p.facts)).not.toMatch(/\{[a-z][a-zA-Z0-9]*\}/);
    }
    expect(names.size).toBe(3);
    for (const key of Object.keys(details)) expect(picked[key]!.size, key).toBe(3);
    expect([...optionalComes].sort()).toEqual([false, true]);
    // Hard brings the optional objection on every play.
    for (const seed of SEEDS.slice(0, 8)) expect(playable(scenario, { difficulty: 'hard', seed }).objections.map((o) => o.id)).toContain(optional);
  });

  it('says the seed’s details: two seeds with different variation give different conversations to the same replies', () => {
    const varsOf = (seed: number) => variationOf(scenario, seed).vars;
    const a = 1;
    // The first seed that picks a different value for every detail.
    const b = SEEDS.find((s) => Object.keys(details).every((k) => varsOf(s)[k] !== varsOf(a)[k]))!;
    const saidA = said(a).join(' ');
    const saidB = said(b).join(' ');
    expect(saidA).not.toEqual(saidB);
    // The good transcript asks about both facts, so each customer tells the details its own seed picked.
    for (const [key, values] of Object.entries(details)) {
      const va = values[varsOf(a)[key]!]!;
      const vb = values[varsOf(b)[key]!]!;
      expect(saidA, key).toContain(va);
      expect(saidA, key).not.toContain(vb);
      expect(saidB, key).toContain(vb);
    }
    // Good handling still resolves whatever the seed picked.
    expect(play(a).outcome).toBe('resolved');
    expect(play(b).outcome).toBe('resolved');
  });

  it('replays an attempt exactly from its stored seed: the same turns, words and hostility', () => {
    for (const seed of [1, 7, 23]) {
      const first = play(seed);
      const stored = JSON.parse(JSON.stringify({ seed: first.context.meta.seed, replies: first.context.replies.map((r) => r.text) })) as { seed: number; replies: string[] };
      const again = runDrill(scenario, stored.replies, { read, seed: stored.seed, locale: 'en' });
      expect(again.sim.turns).toEqual(first.sim.turns);
      expect(again.played.persona.name).toEqual(first.played.persona.name);
      expect(again.played.objections.map((o) => o.id)).toEqual(first.played.objections.map((o) => o.id));
    }
  });
});
