import type { Dimension } from '../scoring/scorecard.types.ts';

/** The dimensions in the order the dashboard shows them (docs/training-model.md#dimensions). */
export const DIMENSIONS: readonly Dimension[] = ['language', 'listen', 'observe', 'ask', 'judge', 'decide', 'emotionFirst', 'process'];

/**
 * The fields of a stored attempt the records code reads. Structural, so the pure core does not depend on
 * storage; the app's AttemptRecord satisfies it.
 */
export interface AttemptLike {
  /** Attempt id (unique across devices: duplicates on import are recognised by it). */
  id: string;
  /** Trainee name as typed at sign-in. */
  trainee: string;
  /** Scenario id (file name in scenarios/). */
  scenarioId: string;
  /** Content hash of the scenario the attempt was played against. */
  scenarioVersion: string;
  /** Drill locale. */
  locale: 'zh-Hant' | 'zh-Hans' | 'en';
  /** practice, exam or guided. */
  mode: string;
  /** Seed of the play's variation (name, details, objections, line variants). */
  seed: number;
  /** easy, standard or hard; missing on attempts stored before difficulty existed (standard). */
  difficulty?: string;
  /** Replies as sent, with hint use. */
  replies: readonly { text: string; hintUsed?: boolean; waited?: number }[];
  /** The conversation as shown; the first customer line carries the starting hostility. */
  transcript?: readonly { speaker: string; hostility?: number }[];
  /** Optional end-of-drill diagnosis. */
  diagnosis?: { cause?: string; motive?: string; severity?: string };
  /** Overall score 0–100 after hint costs. */
  score: number;
  /** Whether the attempt passed. */
  passed: boolean;
  /** resolved, escalated, walked_out or incomplete. */
  outcome: string;
  /** The app's scorecard: `{ engine: Scorecard, hintsUsed, hintCost }`. Read defensively. */
  scorecard: unknown;
  /** ISO 8601 end time. */
  endedAt: string;
}

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
}
