// Seeded variation across the whole shipped library (issue 15 item 4): every scenario varies its customer's
// name, and where it declares them, facts' details ("vars") and an optional objection, so a second play is
// a new conversation; the stored seed replays an attempt exactly. Played through the real reader and drill
// with each scenario's golden good replies.
import { describe, expect, it } from 'vitest';
import { runDrill } from '../drill/run-drill.ts';
import { createReader } from '../reading/read-reply.ts';
import { GOLDEN_SETS } from './golden/index.ts';
import { playable, variationOf } from './playable.ts';
import { shipped, SHIPPED_IDS } from './test-support/shipped.ts';

const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);
const PLACEHOLDER = /\{[a-z][a-zA-Z0-9]*\}/;

it('covers every shipped scenario', () => {
  expect(GOLDEN_SETS.map((s) => s.scenario).sort()).toEqual([...SHIPPED_IDS].sort());
});

describe.each(GOLDEN_SETS.map((set) => ({ id: set.scenario, set })))('seeded variation: $id', ({ set }) => {
  const scenario = shipped(set.scenario);
  const read = createReader(scenario);
  const vars = Object.entries(scenario.vars ?? {});
  const optional = scenario.objections.filter((o) => o.optional === true).map((o) => o.id);
  const play = (seed: number) => runDrill(scenario, set.replies.good.en, { read, seed, locale: 'en' });
  /** Everything the customer said, in order (English). */
  const said = (seed: number) => play(seed).sim.turns.flatMap((t) => t.customer.map((c) => c.en));

  it('gives each play a customer name, details and objections from its seed, never a {placeholder}', () => {
    const names = new Set<string>();
    const picked = new Map(vars.map(([key]) => [key, new Set<number>()]));
    const comes = new Map(optional.map((id) => [id, new Set<boolean>()]));
    for (const seed of SEEDS) {
      const p = playable(scenario, { difficulty: 'standard', seed });
      names.add(p.persona.name.en);
      const v = variationOf(scenario, seed);
      for (const [key] of vars) picked.get(key)!.add(v.vars[key]!);
      for (const id of optional) comes.get(id)!.add(p.objections.some((o) => o.id === id));
      for (const text of [p.briefing, p.opening, ...p.facts.flatMap((f) => [f.says, f.again])]) {
        if (text) for (const t of Object.values(text)) expect(t).not.toMatch(PLACEHOLDER);
      }
    }
    // Every name the file offers comes up, and there is more than one.
    expect(names.size).toBe(1 + (scenario.persona.variants?.length ?? 0));
    expect(names.size).toBeGreaterThan(1);
    for (const [key, values] of vars) expect(picked.get(key)!.size, key).toBe(values.length);
    for (const id of optional) expect([...comes.get(id)!].sort(), id).toEqual([false, true]);
    // Hard brings every optional objection on every play.
    for (const seed of SEEDS.slice(0, 8)) expect(playable(scenario, { difficulty: 'hard', seed }).objections.map((o) => o.id)).toEqual(expect.arrayContaining(optional));
  });

  // Only scenarios that declare vars have details to tell; the others vary their name and lines.
  if (vars.length > 0) it('says the seed’s details: two seeds with different variation give different conversations to the same replies', () => {
    const varsOf = (seed: number) => variationOf(scenario, seed).vars;
    const a = 1;
    // The first seed that picks a different value for every detail.
    const b = SEEDS.find((s) => vars.every(([k]) => varsOf(s)[k] !== varsOf(a)[k]))!;
    const saidA = said(a).join(' ');
    const saidB = said(b).join(' ');
    expect(saidA).not.toEqual(saidB);
    // The good transcript asks about the varied facts, so each customer tells the details its own seed picked.
    for (const [key, values] of vars) {
      const va = values[varsOf(a)[key]!]!.en;
      const vb = values[varsOf(b)[key]!]!.en;
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
