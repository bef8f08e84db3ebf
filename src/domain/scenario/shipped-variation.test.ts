// Seeded variation across the whole shipped library (issue 15 item 4): every scenario varies its customer's
// name, and where it declares them, facts' details ("vars") and an optional objection, so a second play is
// a new conversation; the stored seed replays an attempt exactly. Played through the real reader and drill
// with each scenario's golden good replies.
import { describe, expect, it } from 'vitest';
import { runDrill } from '../drill/run-drill.ts';
import { createReader } from '../reading/read-reply.ts';
import { GOLDEN_SETS } from './golden/index.ts';
import { playable, variationOf } from './playable.ts';
import { shipped, shippedDoc, SHIPPED_IDS } from './test-support/shipped.ts';

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

// A detail the seed picks must be said through its placeholder everywhere — the fact's label on the
// scorecard, the model answers, the guided options, the objections — or every other seed contradicts it
// (the customer says {monthly} and the label says $198). A number that follows from one (a fee of so many
// months at the seeded monthly fee) cannot be a var of its own, so where a scenario varies a sum of money,
// no other sum may be written in: state it in terms of the var ("the remaining sixteen months' fees").
describe('seeded details are never written in literally', () => {
  const VISIBLE = new Set(['zh-Hant', 'zh-Hans', 'en']);
  /** Every visible string of a scenario document (locale-keyed), with its path; vars, topics and lexicon left out. */
  const visible = (doc: unknown): { path: string; text: string }[] => {
    const out: { path: string; text: string }[] = [];
    const walk = (v: unknown, path: string[], inText: boolean) => {
      if (typeof v === 'string') {
        if (inText) out.push({ path: path.join('.'), text: v });
      } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, String(i)], inText));
      else if (typeof v === 'object' && v !== null) {
        for (const [k, x] of Object.entries(v)) if (!['vars', 'topics', 'lexicon'].includes(k)) walk(x, [...path, k], inText || VISIBLE.has(k));
      }
    };
    walk(doc, [], false);
    return out;
  };
  /** The forms a value may be written in: as the var says it, and its figures (198, 1,200) when three digits or more. */
  const forms = (value: string): RegExp[] => {
    const escaped = value.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const literal = /^[\x20-\x7e]+$/.test(value) ? new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`) : new RegExp(escaped);
    const figures = [...value.matchAll(/\d[\d,]*/g)].map((m) => m[0].replace(/,/g, '')).concat(chineseFigures(value));
    return [literal, ...figures.filter((f) => f.length >= 3).map((f) => new RegExp(`(?<![\\d,])${f.replace(/\B(?=(\d{3})+$)/g, ',?')}(?![\\d,])`))];
  };
  const MONEY = /[$¥]\s?\d|\d[\d,]*\s?(?:元|蚊|块|塊|港元|dollars)|[零一二三四五六七八九十百千萬万两兩幾几]+(?:蚊|块|塊|元|港元)/;

  it.each([...SHIPPED_IDS])('%s', (id) => {
    const doc = shippedDoc(id) as { vars?: Record<string, Record<string, string>[]> };
    const texts = visible(doc);
    const problems: string[] = [];
    for (const [key, values] of Object.entries(doc.vars ?? {})) {
      for (const value of values.flatMap((v) => Object.values(v))) {
        for (const re of forms(value)) {
          for (const t of texts.filter((x) => re.test(x.text))) problems.push(`${t.path}: "${t.text}" says ${key} "${value}" — write {${key}}`);
        }
      }
    }
    const money = Object.values(doc.vars ?? {}).some((values) => values.some((v) => Object.values(v).some((s) => MONEY.test(s))));
    if (money) {
      for (const t of texts.filter((x) => !x.path.startsWith('guided') && MONEY.test(x.text.replace(/\{[a-zA-Z]+\}/g, '')))) {
        problems.push(`${t.path}: "${t.text}" writes in a sum of money in a scenario whose sums vary — say it through a var or in terms of one`);
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});

/** Digits of the Chinese numerals in a text (一百九十八 → 198, 千二 → 1200), for figures of three digits or more. */
function chineseFigures(text: string): string[] {
  const DIGIT: Record<string, number> = { 零: 0, 一: 1, 二: 2, 兩: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  return [...text.matchAll(/[零一二三四五六七八九十百千兩两]+/g)].map((m) => {
    let total = 0;
    let digit = 0;
    let lastUnit = 1;
    for (const ch of m[0]) {
      if (ch in DIGIT) digit = DIGIT[ch]!;
      else {
        const unit = UNIT[ch]!;
        total += (digit || 1) * unit;
        digit = 0;
        lastUnit = unit;
      }
    }
    // 千二 is 1,200: a trailing digit after a unit counts in the next unit down.
    if (digit) total += lastUnit > 10 && !/零/.test(m[0]) && m[0].length === 2 ? (digit * lastUnit) / 10 : digit;
    return String(total);
  });
}
