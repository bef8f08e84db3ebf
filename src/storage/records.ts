import type { Difficulty } from '../domain/scenario/difficulty.ts';

/**
 * Persisted record shapes. Every record carries `schemaVersion`; loaders repair what they can and refuse
 * the rest with a reason (see repair.ts). Bump the version and add a migration when a shape changes.
 */
export const RECORD_VERSION = 1;

/** How a drill is run: coached after every reply, examined at the end, or picking from three replies. */
export type DrillMode = 'practice' | 'exam' | 'guided';
export const DRILL_MODES: readonly DrillMode[] = ['practice', 'exam', 'guided'];

export type RecordLocale = 'zh-Hant' | 'zh-Hans' | 'en';

/** One trainee reply as it was sent. */
export interface StoredReply {
  /** The words exactly as typed (or as picked in guided mode). */
  text: string;
  /** When it was sent (ISO 8601). */
  at: string;
  /** The trainee opened the model-answer hint before sending this reply (costs points). */
  hintUsed?: boolean;
  /** Guided mode: the option picked (`<state>/<index>`; a number in attempts stored before format 3). */
  choice?: number | string;
  /** Written channels: seconds between the customer's message and this reply (replayed when re-scoring). */
  waited?: number;
}

/** The trainee's answer to the end-of-drill diagnosis question (docs/training-model.md#complaint-types). */
export interface StoredDiagnosis {
  /** Complaint type by cause (product_quality, service, price, integrity). */
  cause?: string;
  /** The customer's main motive (vent, respect, compensation…). */
  motive?: string;
  /** ordinary 一般 or serious 嚴重. */
  severity?: string;
}

/** A line of the finished conversation, for review without the engine. */
export interface TranscriptLine {
  speaker: 'customer' | 'trainee';
  text: string;
  /** Customer's hostility after this line (customer lines only). */
  hostility?: number;
}

/** A finished attempt. `scorecard` is the engine's scorecard object, stored as produced. */
export interface AttemptRecord<S = unknown> {
  schemaVersion: typeof RECORD_VERSION;
  id: string;
  trainee: string;
  scenarioId: string;
  scenarioVersion: string;
  locale: RecordLocale;
  mode: DrillMode;
  seed: number;
  /** easy, standard or hard (src/domain/scenario/playable.ts); absent on attempts from before difficulty: standard. */
  difficulty?: Difficulty;
  replies: StoredReply[];
  transcript: TranscriptLine[];
  diagnosis?: StoredDiagnosis;
  /** Overall score 0–100, duplicated from the scorecard for listing and best-score queries. */
  score: number;
  passed: boolean;
  outcome: string;
  scorecard: S;
  startedAt: string;
  endedAt: string;
}

export { progressKey } from './progress-key.ts';
