// Test support: the shipped scenario files, read from disk, and drill helpers over hand-built analyses.
import { readFileSync } from 'node:fs';
import type { MoveId } from '../../reply/moves.ts';
import type { ReplyAnalysis } from '../../reply/reply.types.ts';
import { parseScenario } from '../parse-scenario.ts';
import type { Scenario, SimState } from '../scenario.types.ts';
import { initialSimState, simulateTurn } from '../simulate-turn.ts';
import { analysisOf } from './keyword-classifier.ts';

export const SHIPPED_IDS = ['angry-resident', 'broken-promise', 'water-pump-runaround', 'shop-floor-outburst', 'phone-lost-warranty'] as const;

/** The raw JSON document of a shipped scenario (a fresh copy each call, safe to mutate). */
export function shippedDoc(id: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../../../scenarios/${id}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

/** A shipped scenario, parsed. */
export function shipped(id: string): Scenario {
  return parseScenario(shippedDoc(id));
}

/** A reply for playTurns: a list of moves, or a full analysis with optional text. */
export type Play = MoveId[] | { text?: string; analysis: ReplyAnalysis };

/** Plays hand-built replies through the pure simulation. */
export function playTurns(scenario: Scenario, plays: readonly Play[], seed = 1): SimState {
  return plays.reduce((sim, play) => {
    const { text, analysis } = Array.isArray(play) ? { text: 'reply', analysis: analysisOf(...play) } : { text: play.text ?? 'reply', analysis: play.analysis };
    return simulateTurn(scenario, sim, text, analysis);
  }, initialSimState(scenario, seed));
}

/** The six steps in order, one or two moves per reply (DOMAIN.md §3). */
export const GOOD_PLAYS: MoveId[][] = [
  ['greet', 'apologize'],
  ['empathize', 'acknowledge'],
  ['ask_open'],
  ['paraphrase', 'ask_closed'],
  ['propose_solution', 'take_ownership'],
  ['ask_preference'],
  ['commit_followup', 'thank'],
];
/** Consistently bad handling, the mildest version: no forbidden phrases, one harmful move per reply. */
export const BAD_PLAYS: MoveId[][] = [['vague'], ['cite_policy'], ['deflect'], ['vague'], ['rush'], ['refuse']];
