// The turn being worked out: each step (harm, repetition, feelings, questions, offer, objections,
// patience) reads the reply's reading and the state before it, and adds hostility changes, signals and
// candidate lines. simulate-turn.ts runs the steps in order and then lets the scenario's reactions speak.
import type { Reading } from '../reading/reading.types.ts';
import type { BaseTurn, HostilityChange, Line, PersonaWeights, Scenario, Signal, SimState } from '../scenario/scenario.types.ts';
import { PERSONA_WEIGHTS, RELIEF } from './hostility-rules.ts';

/** Something the customer could say this turn. */
export interface Say {
  /** Where it comes from, for traces and ordering: `fact/<id>`, `offer`, `objection/<id>`, `remark/<id>`… */
  source: string;
  /** The variants; one is picked (seeded), never the one said last turn. */
  lines: readonly Line[];
  /** Speak before the story (a turning point) rather than after it. */
  early?: boolean;
}

/** Why a fact did or did not come out this turn (the studio's debugger shows it; see turn-trace.ts). */
export type FactDecision =
  /** Told: `topic` when the question named its topic words, `order` when the next in the scenario's order, `second` when a double question brought out a second. */
  | { kind: 'revealed'; fact: string; why: 'topic' | 'order' | 'second'; hostility: number; maxHostility: number }
  /** Asked about, but answered curtly: hostility above the fact's maxHostility, or a forbidden phrase in the reply. */
  | { kind: 'curt'; fact: string; hostility: number; maxHostility: number; forbidden: boolean }
  /** Invited to go on, but still too hostile (or provoked by a forbidden phrase) to tell the next fact. */
  | { kind: 'held-back'; fact: string; hostility: number; maxHostility: number; forbidden: boolean }
  /** Told without its closing question: the reply's own plan already answers it (questions.ts). */
  | { kind: 'question-answered-by-plan'; fact: string }
  /** Asked again about a fact already told. */
  | { kind: 'again'; fact: string }
  /** Asked, but every fact is already known. */
  | { kind: 'nothing-left' }
  /** No move in the reply reveals a fact still untold (a fact's revealedBy). */
  | { kind: 'not-asked' }
  /** The reply repeated an earlier one, so its questions did not count again. */
  | { kind: 'parroted' };

export interface TurnDraft {
  readonly scenario: Scenario;
  readonly sim: SimState;
  readonly reading: Reading;
  readonly text: string;
  /** 1-based number of this reply. */
  readonly turn: number;
  readonly weights: PersonaWeights;
  changes: HostilityChange[];
  signals: Signal[];
  factsRevealed: string[];
  /** Why facts did or did not come out (questions.ts). */
  factDecisions: FactDecision[];
  says: Say[];
  /** The state's fields once this reply is counted. */
  after: BaseTurn['after'];
  /** This reply repeats an earlier one (its helpful moves do not count again). */
  parroted: boolean;
  /** This reply moved something forward (a fact, understanding, an offer, an answer…). */
  progress: boolean;
}

/**
 * The personality's weights, with this scenario's (or this difficulty's, playable.ts) patience and relief:
 * a relief multiplier scales every helpful move and event alike.
 */
export function weightsOf(scenario: Scenario): PersonaWeights {
  const base = PERSONA_WEIGHTS[scenario.persona.personality];
  const scale = scenario.persona.relief ?? 1;
  const relief: PersonaWeights['relief'] = {};
  if (scale === 1) Object.assign(relief, base.relief);
  else for (const key of [...Object.keys(RELIEF), 'solution', 'name', 'answered'] as (keyof PersonaWeights['relief'])[]) relief[key] = (base.relief[key] ?? 1) * scale;
  return { ...base, relief, patience: scenario.persona.patience ?? base.patience };
}

export function startDraft(scenario: Scenario, sim: SimState, text: string, reading: Reading): TurnDraft {
  return {
    scenario,
    sim,
    reading,
    text,
    turn: sim.turn + 1,
    weights: weightsOf(scenario),
    changes: [],
    signals: [],
    factsRevealed: [],
    factDecisions: [],
    says: [],
    after: {
      feelingsAcknowledged: sim.feelingsAcknowledged,
      solutionAccepted: sim.solutionAccepted,
      understood: sim.understood,
      offer: sim.offer,
      objections: sim.objections,
      strikes: sim.strikes,
      stalls: sim.stalls,
    },
    parroted: false,
    progress: false,
  };
}

export const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

/** Adds a rounded, non-zero hostility change. */
export function change(draft: TurnDraft, cause: string, delta: number): void {
  if (Math.round(delta) !== 0) draft.changes.push({ cause, delta: Math.round(delta) });
}

export function signal(draft: TurnDraft, s: Signal): void {
  if (!draft.signals.includes(s)) draft.signals.push(s);
}

/** Hostility with the changes so far, before clamping to 0–100. */
export const rawHostility = (draft: TurnDraft): number => draft.changes.reduce((t, c) => t + c.delta, draft.sim.hostility);

/** Hostility with the changes so far. */
export const hostilityNow = (draft: TurnDraft): number => clamp(rawHostility(draft));

/** The reply makes this move (and it is not a parroted repeat, for helpful moves). */
export const has = (draft: TurnDraft, move: Reading['acts'][number]): boolean => draft.reading.acts.includes(move);

/** Facts known once this reply is counted. */
export const knownFacts = (draft: TurnDraft): string[] => [...draft.sim.factsKnown, ...draft.factsRevealed];
