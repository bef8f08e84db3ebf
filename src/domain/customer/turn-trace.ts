// The engine's account of one turn, as data (the studio's preview debugger shows it; nothing here is
// prose). Built by simulate-turn.ts from the same values it decides with, so the trace cannot drift from
// the engine: every reaction tried in order and why it did or did not fire, why facts did or did not come
// out, the hostility changes and signals, and why the conversation moved where it did.
import type { When } from '../reading/times.ts';
import type { HostilityChange, Offer, Signal } from '../scenario/scenario.types.ts';
import type { ConditionMiss } from './match-condition.ts';
import type { FactDecision } from './turn-draft.ts';

/** One reaction as the engine tried it. */
export type ReactionTrial =
  /** The first whose state and condition held: it applied. */
  | { id: string; index: number; result: 'fired' }
  /** Its `in` does not list the state the reply was made in. */
  | { id: string; index: number; result: 'other-state'; state: string; in: string[] }
  /** Its condition failed: the first part that did not hold. */
  | { id: string; index: number; result: 'failed'; miss: ConditionMiss }
  /** Never looked at: an earlier reaction fired (its condition is still evaluated, for the author). */
  | { id: string; index: number; result: 'after-fired'; miss: ConditionMiss | null };

/** Why the conversation is in the state it is after the turn. */
export type StateReason =
  /** A reaction's goto. */
  | 'reaction'
  /** No reaction moved it: the state stays. */
  | 'stay'
  /** Hostility reached thresholds.explode: the scenario's explodeTo. */
  | 'explode'
  /** The customer's patience ran out (gave-up): turnLimit.outcome. */
  | 'gave-up'
  /** The reply limit was reached: turnLimit.outcome. */
  | 'turn-limit'
  /** A reaction would have ended the drill, but a first slip only warns (escalation ladder). */
  | 'first-slip';

/** How the customer took an offer: the engine's solution-* signals. */
export type OfferVerdict = Extract<Signal, `solution-${string}`>;

/** The customer's wants on one turn: what the reply offered, how the customer weighed it, the objections. */
export interface WantsTrace {
  /** Remedies (wants.remedies ids) the reply named. */
  remediesNamed: string[];
  /** The soonest time the reply named, or null. */
  timeNamed: When | null;
  /** Whether the reply named someone to act (or took it on). */
  ownerNamed: boolean;
  /**
   * How the customer took an offer this turn: the engine's solution-* signal (accepted, partial, refused,
   * late, no-time, no-owner, unspecified, too-hot, uninformed, rejected as premature); null when none.
   */
  verdict: OfferVerdict | null;
  /** The remedy on the table before and after the turn. */
  offerBefore: Offer | null;
  offerAfter: Offer | null;
  /** Objections raised, answered, and answered before they came up (never raised) on this turn. */
  raised: string[];
  answered: string[];
  forestalled: string[];
  /** Every objection that has come up, open or answered, after the turn. */
  objectionsAfter: Record<string, 'open' | 'answered'>;
}

/** Everything the engine decided on one turn. */
export interface TurnTrace {
  /** 1-based reply number. */
  turn: number;
  /** Hostility before the reply. */
  hostilityBefore: number;
  /** Hostility after the engine's own rules, before any reaction (what reactions' hostility conditions see). */
  hostilityBase: number;
  /** Hostility after the turn. */
  hostilityAfter: number;
  /** Every hostility change in the order applied, the reaction's and the warning's included. */
  changes: HostilityChange[];
  /** Signals the engine raised (what reactions' `signals` conditions see). */
  signals: Signal[];
  /** Every reaction, in the scenario's order. */
  reactions: ReactionTrial[];
  /** Id of the reaction that applied, or null. */
  fired: string | null;
  /** Facts told this turn, and why or why not. */
  facts: FactDecision[];
  /** State before and after, and why. */
  stateBefore: string;
  stateAfter: string;
  stateReason: StateReason;
  /** The remedy on the table and the objections. */
  wants: WantsTrace;
}
