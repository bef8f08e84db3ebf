import type { z } from 'zod';
import type { Locale, ReplyAnalysis } from '../reply/reply.types.ts';
import type { MoveId } from '../reply/moves.ts';
import type {
  ConditionSchema, END_STATE_IDS, FactSchema, LocalizedTextSchema, ReactionSchema, ScenarioSchema, SIGNALS,
} from './scenario.schema.ts';

/** A validated scenario file (field documentation lives in scenario.schema.ts, shipped as JSON Schema). */
export type Scenario = z.infer<typeof ScenarioSchema>;
/** A visible string in zh-Hant, zh-Hans and en. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
/** A scenario-specific reaction: condition → line, hostility change, next state. */
export type Reaction = z.infer<typeof ReactionSchema>;
/** The condition part of a reaction. */
export type Condition = z.infer<typeof ConditionSchema>;
/** A fact the trainee should uncover. */
export type Fact = z.infer<typeof FactSchema>;
/** How a drill ends. */
export type EndStateId = (typeof END_STATE_IDS)[number];
/** Outcome of a transcript: an end state, or `incomplete` when replies ran out first. */
export type Outcome = EndStateId | 'incomplete';
/** Something the engine noticed on a turn, which reactions may listen for. */
export type Signal = (typeof SIGNALS)[number];

/** The simulated customer's state between turns (the machine's context). */
export interface SimState {
  /** Current conversation state id, or an end state id once finished. */
  state: string;
  /** Hostility 0–100 (敵意曲線, 000). */
  hostility: number;
  /** Number of replies played so far. */
  turn: number;
  /** Ids of facts revealed so far, in order. */
  factsKnown: string[];
  /** How often each move has occurred so far. */
  moveCounts: Partial<Record<MoveId, number>>;
  /** Whether the feeling has been acknowledged (apology, empathy, acknowledgement or paraphrase). */
  feelingsAcknowledged: boolean;
  /** Whether the customer has accepted a solution. */
  solutionAccepted: boolean;
  /** PRNG seed for line variants. */
  seed: number;
  /** Every turn played, in order. */
  turns: TurnRecord[];
}

/** One hostility change and why, for traces and scoring. */
export interface HostilityChange {
  /** Rule or reaction id, e.g. `move/apologize`, `forbidden`, `reaction/provoked`. */
  cause: string;
  /** Signed change. */
  delta: number;
}

/** What happened on one turn. */
export interface TurnRecord {
  /** 1-based reply number. */
  turn: number;
  /** The trainee's reply as typed. */
  reply: string;
  /** The classifier's analysis of the reply. */
  analysis: ReplyAnalysis;
  /** State the reply was made in. */
  stateBefore: string;
  /** State after the customer reacted (an end state id when the drill ended). */
  stateAfter: string;
  /** Hostility before the reply. */
  hostilityBefore: number;
  /** Hostility after the customer reacted. */
  hostility: number;
  /** The changes that summed to the new hostility. */
  changes: HostilityChange[];
  /** Signals raised this turn. */
  signals: Signal[];
  /** Facts revealed on this turn. */
  factsRevealed: string[];
  /** Id of the reaction that fired, if any. */
  reaction: string | null;
  /** The customer's answer, as localized segments spoken in order. */
  customer: LocalizedText[];
}

/** The `trainee.reply` event: a reply with its analysis (the simulation never reads raw text for meaning). */
export interface TraineeReplyEvent {
  /** Event type. */
  type: 'trainee.reply';
  /** The reply as typed (kept for the transcript, length and name checks). */
  text: string;
  /** The classifier's analysis. */
  analysis: ReplyAnalysis;
}

/** Input when starting a drill actor. */
export interface DrillInput {
  /** PRNG seed (default 1). */
  seed?: number;
}

/** Helper signature used by the CLI and the app to render customer lines. */
export type RenderLines = (segments: readonly LocalizedText[], locale: Locale) => string;
