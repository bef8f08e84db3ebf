// Guided mode from the same engine: the options come from the current conversation state (the
// scenario's `guided` options), never one already picked, never one that mentions what the customer has
// not yet told; each turn offers a good, a plausible-but-flawed and a harmful option, in a seeded order.
// A picked option is sent as the reply it says, so a guided drill scores exactly as typing it would.
import forbidden from '../reply/data/forbidden-phrases.json' with { type: 'json' };
import { needsHold } from '../customer/lines.ts';
import { mulberry32 } from '../scenario/prng.ts';
import type { GuidedOption, LocalizedText, Scenario, SimState } from '../scenario/scenario.types.ts';

export const GUIDED_KINDS = ['good', 'flawed', 'harmful'] as const;
export type GuidedKind = (typeof GUIDED_KINDS)[number];

/** One option on screen. `id` is stored with the reply (`<state>/<index>`, or `list/<phrase id>`). */
export interface GuidedChoice {
  id: string;
  kind: GuidedKind;
  text: LocalizedText;
}

interface Candidate extends GuidedChoice {
  needs?: GuidedOption['needs'];
}

/** A scenario written without guided options: its model answers, and the decks' listed mistakes. */
function fallback(scenario: Scenario, state: string): Candidate[] {
  const out: Candidate[] = [];
  for (const [s, answers] of Object.entries(scenario.modelAnswers)) {
    answers.forEach((text, i) => out.push({ id: `${s}/model-${i}`, kind: s === state ? 'good' : 'flawed', text }));
  }
  const phrases = (forbidden as { phrases: { id: string; phrase: LocalizedText }[] }).phrases;
  for (const p of phrases) out.push({ id: `list/${p.id}`, kind: 'harmful', text: p.phrase });
  return out;
}

function candidates(scenario: Scenario, state: string): Candidate[] {
  const own = scenario.guided?.[state];
  if (!own) return fallback(scenario, state);
  const here = own.map((o, i) => ({ id: `${state}/${i}`, kind: o.kind, text: o.text, ...(o.needs ? { needs: o.needs } : {}) }));
  // When a kind runs out in this state, the other states' options of that kind may stand in.
  const elsewhere = Object.entries(scenario.guided ?? {}).flatMap(([s, list]) =>
    s === state ? [] : list.map((o, i) => ({ id: `${s}/${i}`, kind: o.kind, text: o.text, ...(o.needs ? { needs: o.needs } : {}) })),
  );
  return [...here, ...elsewhere, ...fallback(scenario, state).filter((c) => c.kind === 'harmful')];
}

/** The three options for the customer's current state: one good, one flawed, one harmful, shuffled. */
export function guidedOptions(scenario: Scenario, customer: SimState, picked: readonly string[]): GuidedChoice[] {
  const rng = mulberry32((customer.seed ^ Math.imul(customer.turn + 1, 0x9e3779b1)) >>> 0);
  const after = { ...customer };
  const usable = candidates(scenario, customer.state).filter((c) => !picked.includes(c.id) && needsHold(c.needs, customer.factsKnown, after));
  const chosen: GuidedChoice[] = [];
  for (const kind of GUIDED_KINDS) {
    const first = usable.find((c) => c.kind === kind);
    if (!first) continue;
    // Among the options of the state itself (the first ones listed), pick one at random.
    const pool = usable.filter((c) => c.kind === kind && c.id.split('/')[0] === first.id.split('/')[0]);
    const pick = pool[Math.floor(rng() * pool.length)] ?? first;
    chosen.push({ id: pick.id, kind: pick.kind, text: pick.text });
  }
  return chosen.map((c) => ({ c, k: rng() })).sort((a, b) => a.k - b.k).map((x) => x.c);
}
