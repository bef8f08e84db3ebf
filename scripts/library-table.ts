// Prints the library table of scenarios/README.md: per shipped scenario its size (states, facts,
// objections, reactions, customer line variants, seeded variation) and the realism targets measured on its
// golden transcripts with the real classifier in all three locales, at every difficulty (issue 15).
// Usage: npx tsx scripts/library-table.ts
//
// A difficulty's cell reads "good ≤G (≥S) · bad B₁–B₂ (≤T) · ff<good": the good transcript resolved by reply G
// at the latest, scoring at least S; the bad one broke down between replies B₁ and B₂, scoring at most T;
// facts-first scored below good in every locale. A miss is marked ✗ (the targets: good resolves within
// eight replies, bad escalates or walks out within two to six, facts-first lower).
import * as OpenCC from 'opencc-js';
import { runDrill } from '../src/domain/drill/run-drill.ts';
import { createReader } from '../src/domain/reading/read-reply.ts';
import type { Locale } from '../src/domain/reply/reply.types.ts';
import { GOLDEN_SETS } from '../src/domain/scenario/golden/index.ts';
import { DIFFICULTIES, type Difficulty } from '../src/domain/scenario/playable.ts';
import type { Scenario } from '../src/domain/scenario/scenario.types.ts';
import { shipped } from '../src/domain/scenario/test-support/shipped.ts';
import { scoreDrill } from '../src/domain/scoring/score-drill.ts';

const toHans = OpenCC.Converter({ from: 'hk', to: 'cn' });
const LOCALES: Locale[] = ['zh-Hant', 'zh-Hans', 'en'];

function size(s: Scenario) {
  const states = Object.values(s.states);
  const lines = states.reduce((n, st) => n + st.lines.high.length + st.lines.mid.length + st.lines.low.length, 0);
  const optional = s.objections.filter((o) => o.optional === true).length;
  const names = 1 + (s.persona.variants?.length ?? 0);
  const details = Object.entries(s.vars ?? {}).map(([key, values]) => `${key} ×${values.length}`);
  return {
    states: states.length,
    facts: s.facts.length,
    objections: optional > 0 ? `${s.objections.length} (${optional} optional)` : String(s.objections.length),
    reactions: s.reactions.length,
    lines,
    variation: [...(names > 1 ? [`${names} names`] : []), ...details, ...(optional > 0 ? [`${optional} optional objection${optional > 1 ? 's' : ''}`] : [])].join(', ') || '—',
  };
}

function realism(scenario: Scenario, set: (typeof GOLDEN_SETS)[number], difficulty: Difficulty): string {
  const read = createReader(scenario);
  const play = (kind: 'good' | 'bad' | 'factsFirst', locale: Locale) => {
    const replies = locale === 'zh-Hans' ? set.replies[kind]['zh-Hant'].map(toHans) : set.replies[kind][locale];
    const run = runDrill(scenario, replies, { read, locale, difficulty });
    return { run, card: scoreDrill(run.played, { ...run, locale }) };
  };
  let goodLast = 0;
  let goodMin = 100;
  let goodOk = true;
  let badFirst = 99;
  let badLast = 0;
  let badMax = 0;
  let badOk = true;
  let ffOk = true;
  for (const locale of LOCALES) {
    const good = play('good', locale);
    const bad = play('bad', locale);
    const ff = play('factsFirst', locale);
    goodLast = Math.max(goodLast, good.run.sim.turn);
    goodMin = Math.min(goodMin, good.card.score);
    goodOk &&= good.run.outcome === 'resolved' && good.run.sim.turn <= 8;
    badFirst = Math.min(badFirst, bad.run.sim.turn);
    badLast = Math.max(badLast, bad.run.sim.turn);
    badMax = Math.max(badMax, bad.card.score);
    badOk &&= ['escalated', 'walked_out'].includes(bad.run.outcome) && bad.run.sim.turn <= 6;
    ffOk &&= ff.card.score < good.card.score;
  }
  const mark = (ok: boolean) => (ok ? '' : ' ✗');
  return `good ≤${goodLast} (≥${goodMin})${mark(goodOk)} · bad ${badFirst}–${badLast} (≤${badMax})${mark(badOk)} · ff<good${mark(ffOk)}`;
}

console.log('| id | states | facts | objections | reactions | line variants | variation | easy | standard | hard |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const set of GOLDEN_SETS) {
  const scenario = shipped(set.scenario);
  const n = size(scenario);
  const cells = DIFFICULTIES.map((d) => realism(scenario, set, d));
  console.log(`| \`${set.scenario}\` | ${n.states} | ${n.facts} | ${n.objections} | ${n.reactions} | ${n.lines} | ${n.variation} | ${cells.join(' | ')} |`);
}
