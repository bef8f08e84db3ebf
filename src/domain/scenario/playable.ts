// One play of a scenario: the file as written, at a difficulty, with the seed's variation applied. The
// drill, the scorecard, re-scoring and replay all run on this playable form, so an attempt's difficulty and
// seed (both stored on it) reproduce its conversation exactly.
//
// Difficulty (issue 15 item 3) is derived from the scenario, so every scenario plays at easy, standard and
// hard without extra writing; `difficulty.<level>` in the file overrides any derived value:
// - standard is the file as written;
// - easy: a calmer start (−12 hostility), one more hollow reply of patience, two more replies, only the
//   first objection that can come, helpful replies calm a little more (relief ×1.2);
// - hard: a hotter start (+5, kept at most explode − 10), one hollow reply less but never below three
//   (two warm replies and a question asked while the customer is still hot must not end a drill that is
//   being handled well), every objection (optional ones too), helpful replies calm less (relief ×0.85).
// The turn limit never drops at hard: good handling must still be able to resolve within eight replies.
//
// Variation (item 4): the seed picks the customer's name (persona.name or one of persona.variants), one
// value per `vars` entry (texts say them as "{var}"), and whether each `optional` objection comes; line
// variants are picked per turn from the same seed (lines.ts).
import { DEFAULT_DIFFICULTY, DIFFICULTIES, difficultyOf, type Difficulty } from './difficulty.ts';
import { mulberry32 } from './prng.ts';
import type { LocalizedText, Scenario } from './scenario.types.ts';

export { DEFAULT_DIFFICULTY, DIFFICULTIES, difficultyOf, type Difficulty };

/** What makes one play of a scenario: its difficulty and its seed. */
export interface PlaySettings {
  difficulty: Difficulty;
  seed: number;
}


/** Patience of a personality when the scenario sets none (hostility-rules.ts PERSONA_WEIGHTS agrees). */
const DEFAULT_PATIENCE: Record<Scenario['persona']['personality'], number> = { eagle: 3, owl: 3, peacock: 3, dove: 4 };

/** The derived settings for one difficulty, before the file's overrides. */
export interface DifficultyValues {
  startHostility: number;
  patience: number;
  turns: number;
  objections: string[];
  relief: number;
}

/** Objections that may come at all at standard (optional ones included: the seed decides those). */
function derived(scenario: Scenario, difficulty: Difficulty): DifficultyValues {
  const start = scenario.persona.startHostility;
  const patience = scenario.persona.patience ?? DEFAULT_PATIENCE[scenario.persona.personality];
  const relief = scenario.persona.relief ?? 1;
  const all = scenario.objections.map((o) => o.id);
  const turns = scenario.turnLimit.turns;
  switch (difficulty) {
    case 'easy':
      return { startHostility: Math.max(0, start - 12), patience: patience + 1, turns: Math.min(30, turns + 2), objections: all.slice(0, 1), relief: round2(relief * 1.2) };
    case 'hard':
      return {
        startHostility: Math.max(start, Math.min(start + 5, scenario.thresholds.explode - 10)),
        patience: Math.max(3, patience - 1),
        turns,
        objections: all,
        relief: round2(relief * 0.85),
      };
    default:
      return { startHostility: start, patience, turns, objections: all, relief };
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The values a difficulty plays with: derived, then the file's overrides (what the studio and docs show). */
export function difficultyValues(scenario: Scenario, difficulty: Difficulty): DifficultyValues {
  const base = derived(scenario, difficulty);
  const o = scenario.difficulty?.[difficulty] ?? {};
  return {
    startHostility: o.startHostility ?? base.startHostility,
    patience: o.patience ?? base.patience,
    turns: o.turns ?? base.turns,
    objections: o.objections ?? base.objections,
    relief: o.relief ?? base.relief,
  };
}

/** A generator for one concern of one seed (salted so adding a variable does not reshuffle the name). */
const rngFor = (seed: number, salt: number) => mulberry32((seed ^ Math.imul(salt + 0x51, 0x2c1b3c6d)) >>> 0);

/** The variation a seed picks: the name (index into [name, ...variants]), each var's value, optional objections that come. */
export interface Variation {
  nameIndex: number;
  vars: Record<string, number>;
  /** Optional objections this play brings (the others never come at standard or easy). */
  optionalObjections: string[];
}

export function variationOf(scenario: Scenario, seed: number): Variation {
  const names = 1 + (scenario.persona.variants?.length ?? 0);
  const nameIndex = Math.floor(rngFor(seed, 1)() * names);
  const vars: Record<string, number> = {};
  Object.entries(scenario.vars ?? {}).forEach(([key, values], i) => {
    vars[key] = Math.floor(rngFor(seed, 100 + i)() * values.length);
  });
  const optionalObjections = scenario.objections.filter((o, i) => o.optional === true && rngFor(seed, 1000 + i)() < 0.5).map((o) => o.id);
  return { nameIndex, vars, optionalObjections };
}

const LOCALES = ['zh-Hant', 'zh-Hans', 'en'] as const;
type Loc = (typeof LOCALES)[number];
const PLACEHOLDER = /\{([a-z][a-zA-Z0-9]*)\}/g;

/** Replaces "{var}" in every visible string (inside a locale key), leaving ids, patterns and unknown names alone. */
function interpolate<T>(value: T, values: Record<string, LocalizedText>, locale: Loc | null = null): T {
  if (typeof value === 'string') {
    if (locale === null) return value;
    return value.replace(PLACEHOLDER, (whole, key: string) => values[key]?.[locale] ?? whole) as T;
  }
  if (Array.isArray(value)) return value.map((v) => interpolate(v, values, locale)) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = interpolate(v, values, (LOCALES as readonly string[]).includes(k) ? (k as Loc) : locale);
    return out as T;
  }
  return value;
}

/** The names "{…}" a text may use in this scenario: `name` and every var. */
export function placeholderNames(scenario: Scenario): string[] {
  return ['name', ...Object.keys(scenario.vars ?? {})];
}

const cache = new WeakMap<Scenario, Map<string, Scenario>>();

/**
 * The scenario as one play meets it: at `difficulty`, with the seed's name, values and optional objections.
 * Pure and memoised per scenario object (the drill machine asks on every turn).
 */
export function playable(scenario: Scenario, settings: PlaySettings): Scenario {
  const key = `${settings.difficulty}/${settings.seed >>> 0}`;
  let byKey = cache.get(scenario);
  if (!byKey) cache.set(scenario, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const made = make(scenario, settings);
  byKey.set(key, made);
  return made;
}

function make(scenario: Scenario, { difficulty, seed }: PlaySettings): Scenario {
  const v = difficultyValues(scenario, difficulty);
  const variation = variationOf(scenario, seed);
  const chosen = variation.nameIndex === 0 ? { name: scenario.persona.name, aliases: scenario.persona.aliases } : scenario.persona.variants?.[variation.nameIndex - 1];
  const name = chosen?.name ?? scenario.persona.name;
  const values: Record<string, LocalizedText> = { name };
  for (const [key, list] of Object.entries(scenario.vars ?? {})) {
    const picked = list[variation.vars[key] ?? 0];
    if (picked) values[key] = picked;
  }
  // Hard brings every objection; otherwise an optional one comes only when the seed says so.
  const allowed = new Set(v.objections);
  const objections = scenario.objections.filter((o) => allowed.has(o.id) && (difficulty === 'hard' || o.optional !== true || variation.optionalObjections.includes(o.id)));
  const { variants: _variants, ...persona } = scenario.persona;
  const body = interpolate({ ...scenario, objections, difficulty: undefined, vars: undefined }, values);
  const result: Scenario = {
    ...body,
    persona: {
      ...interpolate(persona, values),
      name,
      ...(chosen?.aliases ? { aliases: chosen.aliases } : {}),
      startHostility: v.startHostility,
      patience: v.patience,
      relief: v.relief,
    },
    turnLimit: { ...scenario.turnLimit, turns: v.turns },
  };
  if (!chosen?.aliases) delete result.persona.aliases;
  delete result.difficulty;
  delete result.vars;
  return result;
}
