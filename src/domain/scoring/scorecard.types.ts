import type { Locale } from '../reply/reply.types.ts';
import type { MoveId } from '../reply/moves.ts';
import type { Ending } from './endings.ts';
import type { Outcome, Scenario, SimState, TurnRecord } from '../scenario/scenario.types.ts';
import type { COMPLAINT_CAUSES, MOTIVES, SEVERITIES } from '../scenario/scenario.schema.ts';

/** The eight scored dimensions (docs/training-model.md#dimensions): 聽 listen, 察 observe, 問 ask, 斷 judge, 定 decide. */
export type Dimension = 'language' | 'listen' | 'observe' | 'ask' | 'judge' | 'decide' | 'emotionFirst' | 'process';

/** An i18n key with parameters; the UI translates, the domain never holds prose. */
export interface MessageRef {
  /** Key under `scorecards.` in the locale files, e.g. `scorecards.rules.forbiddenPhrase`. */
  key: string;
  /** Interpolation values (scenario-authored text arrives already in the drill's locale). */
  params: Record<string, string | number>;
}

/** Where in a reply a point was won or lost. */
export interface Span {
  /** Start offset (UTF-16) in the reply. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** The words themselves. */
  text: string;
}

/** One point gained or lost, tied to a rule, a turn and the words that triggered it (docs/training-model.md#dimensions). */
export interface EvidenceItem {
  /** Rule id = file name under scoring/rules, e.g. `feelings-first`. */
  rule: string;
  /** Dimension the points count towards. */
  dimension: Dimension;
  /** 1-based turn, or null for whole-drill evidence. */
  turn: number | null;
  /** The triggering words, when there are any. */
  span: Span | null;
  /** Signed points on the dimension's 0–100 scale. */
  points: number;
  /** What happened. */
  message: MessageRef;
  /** What to say instead, when there is something better. */
  suggestion: MessageRef | null;
}

/** The trainee's optional end-of-drill diagnosis (斷 judge; docs/training-model.md#judge). */
export interface Diagnosis {
  /** Complaint type by cause. */
  cause?: (typeof COMPLAINT_CAUSES)[number];
  /** 一般 ordinary or 嚴重 serious. */
  severity?: (typeof SEVERITIES)[number];
  /** The customer's main motive. */
  motive?: (typeof MOTIVES)[number];
}

/** What every rule gets. */
export interface ScoringInput {
  /** The scenario played. */
  scenario: Scenario;
  /** The final simulation state (all turns). */
  sim: SimState;
  /** Turns played, in order. */
  turns: readonly TurnRecord[];
  /** The drill's outcome. */
  outcome: Outcome;
  /** Locale of the drill (for scenario text passed as params). */
  locale: Locale;
  /** The trainee's diagnosis, if given. */
  diagnosis: Diagnosis | null;
}

/** One scoring rule: one file, one test (docs/architecture.md#one-rule-per-file). */
export interface ScoringRule {
  /** Rule id, equal to the file name. */
  id: string;
  /** Dimension its points count towards. */
  dimension: Dimension;
  /** Evidence items; the dimension score is its base plus the sum of their points, clamped to 0–100. */
  evaluate(input: ScoringInput): EvidenceItem[];
}

/** One turn on the scorecard. */
export interface TurnCard {
  /** The trainee's reply. */
  reply: string;
  /** Moves detected. */
  acts: MoveId[];
  /** Forbidden phrases hit: list, phrase and the words matched. */
  forbidden: { list: string; phrase: string; matched: string }[];
  /** The customer's answer in the drill's locale. */
  customer: string;
  /** Hostility after the turn. */
  hostility: number;
  /** Facts revealed on this turn. */
  facts: string[];
  /** Evidence tied to this turn. */
  evidence: EvidenceItem[];
}

/** The result of a drill, as printed by `npx defuse drill` and shown in the app. */
export interface Scorecard {
  /** Scenario id. */
  scenario: string;
  /** Drill locale. */
  locale: Locale;
  /** How it ended. */
  outcome: Outcome;
  /** Why it ended there (the reply limit, the breaking point…), when it reached an end state (drill-ending.ts). */
  ending?: Ending;
  /** Overall 0–100. */
  score: number;
  /** Resolved and score ≥ the scenario's pass mark. */
  passed: boolean;
  /** Dimension scores 0–100. */
  dimensions: Record<Dimension, number>;
  /** Turn by turn. */
  turns: TurnCard[];
  /** Hostility after each turn (the curve), starting hostility excluded. */
  hostility: number[];
  /** Evidence not tied to a turn (coverage, order, diagnosis, outcome). */
  evidence: EvidenceItem[];
  /** Replies sent after the drill had ended. */
  unplayed: string[];
}

/** What scoreDrill needs besides the scenario. */
export interface ScoreDrillInput {
  /** Final simulation state. */
  sim: SimState;
  /** Outcome of the drill. */
  outcome: Outcome;
  /** Drill locale. */
  locale: Locale;
  /** Optional end-of-drill diagnosis. */
  diagnosis?: Diagnosis | null;
  /** Replies sent after the end state. */
  unplayed?: string[];
}
