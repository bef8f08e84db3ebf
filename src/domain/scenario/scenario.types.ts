import type { z } from 'zod';
import type { Reading } from '../reading/reading.types.ts';
import type { When } from '../reading/times.ts';
import type { MoveId } from '../reply/moves.ts';
import type {
  ConditionSchema, END_STATE_IDS, FactSchema, GuidedOptionSchema, LineSchema, LocalizedTextSchema, NeedsSchema, ObjectionSchema,
  ReactionSchema, REMARK_IDS, RemedySchema, ScenarioSchema, SIGNALS,
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
/** A customer line, with what must be true to say it. */
export type Line = z.infer<typeof LineSchema>;
/** What must be true to say a line. */
export type Needs = z.infer<typeof NeedsSchema>;
/** A remedy the customer may be offered. */
export type Remedy = z.infer<typeof RemedySchema>;
/** An objection the customer raises on the way to a solution. */
export type Objection = z.infer<typeof ObjectionSchema>;
/** The engine's remark ids (repeated apology, parroted reply, …). */
export type RemarkId = (typeof REMARK_IDS)[number];
/** A guided-mode option. */
export type GuidedOption = z.infer<typeof GuidedOptionSchema>;
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
  /** Hostility 0–100 (敵意曲線, docs/training-model.md#hostility-curve). */
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
  /**
   * Whether the trainee has shown they understood the specific problem (a paraphrase naming a fact, a
   * question the customer answered, asking what they want, a concrete remedy): until then warm words
   * calm the customer only down to the middle band.
   */
  understood: boolean;
  /** The latest remedy offered and how far it got, or null before any. */
  offer: Offer | null;
  /** Objections raised so far: open until answered. */
  objections: Record<string, 'open' | 'answered'>;
  /** Harmful replies so far: the escalation ladder (one slip warns; repeated mishandling escalates). */
  strikes: number;
  /** Replies in a row that moved nothing forward; the customer gives up at the persona's limit. */
  stalls: number;
  /** PRNG seed for line variants. */
  seed: number;
  /** Every turn played, in order. */
  turns: TurnRecord[];
}

/** A remedy on the table. */
export interface Offer {
  /** The remedy (wants.remedies id), or null for one the scenario does not list. */
  remedy: string | null;
  /** The latest time named for it, or null when none yet. */
  when: When | null;
  /** Whether someone in particular was named to act. */
  owner: boolean;
  /** accepted; pending (time, owner or more still missing); refused (the customer will not take it). */
  status: 'accepted' | 'pending' | 'refused';
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
  /** The one reading of the reply (src/domain/reading). */
  analysis: Reading;
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
  /** Objections raised on this turn. */
  objectionsRaised: string[];
  /** Objections answered on this turn. */
  objectionsAnswered: string[];
  /** The customer's answer, as localized segments spoken in order. */
  customer: LocalizedText[];
  /** Seconds the trainee took to answer the customer's message (recorded in written channels). */
  waited?: number;
}

/** The `trainee.reply` event: a reply with its reading (the simulation never reads raw text for meaning). */
export interface TraineeReplyEvent {
  /** Event type. */
  type: 'trainee.reply';
  /** The reply as typed (kept for the transcript, length and name checks). */
  text: string;
  /** The one reading of the reply. */
  analysis: Reading;
}

/** The engine's verdict on one reply before scenario reactions (src/domain/customer). */
export interface BaseTurn {
  /** Hostility changes, in the order applied. */
  changes: HostilityChange[];
  /** Hostility after the changes, clamped to 0–100. */
  hostility: number;
  /** Signals raised. */
  signals: Signal[];
  /** Facts revealed by this reply. */
  factsRevealed: string[];
  /** The state's fields once this reply is counted. */
  after: Pick<SimState, 'feelingsAcknowledged' | 'solutionAccepted' | 'understood' | 'offer' | 'objections' | 'strikes' | 'stalls'>;
}

/** Everything a condition can look at. */
export interface ConditionInput {
  /** State before the reply. */
  sim: SimState;
  /** The reply's reading. */
  analysis: Reading;
  /** The engine's verdict on the reply. */
  base: BaseTurn;
}

/** A problem with a scenario document, located by JSON path. */
export interface ScenarioIssue {
  /** Check id, e.g. `schema`, `range`, `unknown-state`. */
  check: string;
  /** JSONPath-style location, e.g. `$.reactions[2].goto`. */
  path: string;
  /** What is wrong, in English (the CLI shows it as is). */
  message: string;
  /** For schema issues: what the schema asked for, so the studio can say it in the author's language. */
  detail?: IssueDetail;
}

/** The structured part of a schema issue (zod's issue code and its values). */
export interface IssueDetail {
  /** zod's issue code: `invalid_type`, `invalid_value`, `unrecognized_keys`, `too_small`, `too_big`, `invalid_format`… */
  code: string;
  /** For invalid_type: the type the schema wants (`string`, `object`, `array`, `number`…). */
  expected?: string;
  /** For invalid_value: the allowed values. */
  values?: string[];
  /** For unrecognized_keys: the keys not allowed. */
  keys?: string[];
  /** For too_small / too_big: the limit. */
  limit?: number;
}

/** How one personality reweights the curve. */
export interface PersonaWeights {
  /** Multipliers on relief, per move or per engine event (accepted solution, name used, question answered). */
  relief: Partial<Record<MoveId | 'solution' | 'name' | 'answered', number>>;
  /** Multipliers on anger, per harmful move. */
  anger: Partial<Record<MoveId, number>>;
  /** Reply weight (replyWeight) above which a reply counts as too long; null: never. */
  longReply: number | null;
  /** Replies in a row that move nothing forward before this customer gives up. */
  patience: number;
}
