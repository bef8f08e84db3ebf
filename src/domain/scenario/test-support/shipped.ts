// Test support: the shipped scenario files, read from disk, and drill helpers over hand-built analyses.
import { readFileSync } from 'node:fs';
import type { MoveId } from '../../reply/moves.ts';
import type { Reading } from '../../reading/reading.types.ts';
import { parseScenario } from '../parse-scenario.ts';
import type { Scenario, SimState } from '../scenario.types.ts';
import { initialSimState, simulateTurn } from '../../customer/simulate-turn.ts';
import { analysisOf, readingOf } from './keyword-classifier.ts';

export const SHIPPED_IDS = [
  'angry-resident', 'broken-promise', 'water-pump-runaround', 'shop-floor-outburst', 'phone-lost-warranty',
  'stairwell-pram',
  'restaurant-public-review',
  'airport-bus-refund',
  'broadband-cancel-escape',
  'lobby-suggestion',
  'clinic-reception-wait',
  'chat-late-birthday-cake',
  'lift-outage-email',
] as const;

/** The raw JSON document of a shipped scenario (a fresh copy each call, safe to mutate). */
export function shippedDoc(id: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../../../scenarios/${id}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

/** A shipped scenario, parsed. */
export function shipped(id: string): Scenario {
  return parseScenario(shippedDoc(id));
}

/**
 * A reply for playTurns: a list of moves; a full reading with optional text; or `{ offer: moves }`, a
 * concrete offer of the scenario's first acceptable remedy, today, by the trainee.
 */
export type Play = MoveId[] | { text?: string; analysis: Reading } | { offer: MoveId[] };

/** The reading of an offer of the scenario's first acceptable remedy, today, by "me". */
export function offerOf(scenario: Scenario, moves: MoveId[]): Reading {
  const remedy = scenario.wants.remedies.find((r) => r.verdict === 'accept')?.id;
  return readingOf(moves, { remedies: remedy ? [remedy] : [], times: [{ start: 0, end: 1, when: 'now' }], owners: [{ start: 0, end: 1, who: 'self' }] });
}

/** Words unlike each other, so hand-built replies never read as parroting one another. */
const WORDS = ['harbour', 'lantern', 'meadow', 'quartz', 'violet', 'summit', 'copper', 'ribbon', 'falcon', 'garnet', 'orchid', 'pebble', 'timber', 'walnut', 'zephyr', 'juniper', 'cobalt', 'saffron', 'thistle', 'marble'];

/** Plays hand-built replies through the pure simulation. Each reply's text is unique (no parroting). */
export function playTurns(scenario: Scenario, plays: readonly Play[], seed = 1): SimState {
  return plays.reduce((sim, play, i) => {
    const text = `${WORDS[i % WORDS.length]} ${i + 1}`;
    if (Array.isArray(play)) return simulateTurn(scenario, sim, text, analysisOf(...play));
    if ('offer' in play) return simulateTurn(scenario, sim, text, offerOf(scenario, play.offer));
    return simulateTurn(scenario, sim, play.text ?? text, play.analysis);
  }, initialSimState(scenario, seed));
}

/** The six steps in order, one or two moves per reply (docs/training-model.md#six-steps). */
export const GOOD_PLAYS: Play[] = [
  ['greet', 'apologize'],
  // 察: a good reply names the feeling it sees, not only "I understand" (names-feeling.ts).
  { text: '你一定好嬲 lantern 2', analysis: analysisOf('empathize', 'acknowledge') },
  ['ask_open'],
  ['paraphrase', 'ask_closed'],
  { offer: ['propose_solution', 'take_ownership'] },
  ['ask_preference', 'escalate'],
  { offer: ['commit_followup', 'thank'] },
];
/** Consistently bad handling, the mildest version: no forbidden phrases, one harmful move per reply. */
export const BAD_PLAYS: MoveId[][] = [['vague'], ['cite_policy'], ['deflect'], ['vague'], ['rush'], ['refuse']];
