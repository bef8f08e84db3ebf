import type { z } from 'zod';
import type { Classifier } from '../reply/classify.ts';
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
  /** Hostility 0–100 (敵意曲線, 000_08713545b2ee6cbf.txt). */
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

/** The engine's verdict on one reply before scenario reactions. */
export interface BaseTurn {
  /** Hostility changes, in the order applied. */
  changes: HostilityChange[];
  /** Hostility after the changes, clamped to 0–100. */
  hostility: number;
  /** Signals raised. */
  signals: Signal[];
  /** Facts revealed by this reply. */
  factsRevealed: string[];
  /** Fact whose curt answer applies (asked while too hostile). */
  curtFact: string | null;
  /** Whether the feeling is acknowledged once this reply is counted. */
  feelingsAcknowledged: boolean;
  /** Whether a solution is accepted once this reply is counted. */
  solutionAccepted: boolean;
}

/** Everything a condition can look at. */
export interface ConditionInput {
  /** State before the reply. */
  sim: SimState;
  /** The reply's analysis. */
  analysis: ReplyAnalysis;
  /** The engine's verdict on the reply. */
  base: BaseTurn;
}

/** A problem with a scenario document, located by JSON path. */
export interface ScenarioIssue {
  /** Check id, e.g. `schema`, `range`, `unknown-state`. */
  check: string;
  /** JSONPath-style location, e.g. `$.reactions[2].goto`. */
  path: string;
  /** What is wrong, in English (CLI and studio show it as is). */
  message: string;
}

/** How to run a drill. */
export interface RunDrillOptions {
  /** Reads each reply (the simulation depends on the analysis, never on raw text for meaning). */
  classify: Classifier;
  /** PRNG seed for customer line variants. */
  seed?: number;
  /** Locale hint for the classifier. */
  locale?: Locale;
}

/** What happened. */
export interface DrillRun {
  /** Final simulation state, with every turn. */
  sim: SimState;
  /** End state reached, or `incomplete`. */
  outcome: Outcome;
  /** Replies after the end state, not played. */
  unplayed: string[];
}

/** How one personality reweights the curve. */
export interface PersonaWeights {
  /** Multipliers on relief, per move or per engine event (accepted solution, name used, question answered). */
  relief: Partial<Record<MoveId | 'solution' | 'name' | 'answered', number>>;
  /** Multipliers on anger, per harmful move. */
  anger: Partial<Record<MoveId, number>>;
  /** Reply weight (replyWeight) above which a reply counts as too long; null: never. */
  longReply: number | null;
}
