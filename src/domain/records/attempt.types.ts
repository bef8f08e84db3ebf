import type { Dimension } from '../scoring/scorecard.types.ts';
import type { AttemptRecord } from './schemas/attempt.schema.ts';

/** The dimensions in the order the dashboard shows them (docs/training-model.md#dimensions). */
export const DIMENSIONS: readonly Dimension[] = ['language', 'listen', 'observe', 'ask', 'judge', 'decide', 'emotionFirst', 'process'];

/**
 * The fields of a stored attempt the records code reads: a view of the one attempt schema
 * (schemas/attempt.schema.ts), so the two cannot drift apart.
 */
export type AttemptLike = Pick<
  AttemptRecord,
  'id' | 'trainee' | 'scenarioId' | 'scenarioVersion' | 'locale' | 'mode' | 'seed' | 'replies' | 'diagnosis' | 'score' | 'passed' | 'outcome' | 'scorecard' | 'endedAt'
> &
  Partial<Pick<AttemptRecord, 'transcript' | 'identity' | 'passMark' | 'difficulty'>>;

/** One line of the attempts table: everything filtering, sorting and aggregating need, flattened once. */
export interface AttemptRow {
  id: string;
  trainee: string;
  scenarioId: string;
  /** ISO 8601 end time (sorts as text). */
  endedAt: string;
  mode: string;
  /** easy, standard or hard. */
  difficulty: string;
  score: number;
  passed: boolean;
  outcome: string;
  /** Dimension scores; missing when the stored scorecard lacks one. */
  dimensions: Partial<Record<Dimension, number>>;
  /** Forbidden phrases hit, one entry per hit (the listed phrase, not the typed words). */
  forbidden: string[];
  /** Hostility after each reply, starting hostility first when known. */
  hostility: number[];
  /** Lower-case text the search box matches against. */
  haystack: string;
  /** Read from the learning record store, not stored on this device (no transcript to open). */
  remote?: boolean;
  /** The drill's language: what the customer spoke and the trainee was scored in. */
  locale?: 'zh-Hant' | 'zh-Hans' | 'en';
  /**
   * The engine's own score and verdict, when a trainer's override changed what counts (`score`,
   * `passed` and `dimensions` are then the trainer's: the latest override per target wins).
   */
  engine?: { score: number; passed: boolean };
  /** Dimensions a trainer overrode (their scores are in `dimensions`). */
  overridden?: readonly Dimension[];
  /** Imported and flagged (edited, unsigned or from another organisation) and not yet accepted: kept out of every aggregate. */
  flagged?: boolean;
}
