import type { Dimension } from '../scoring/scorecard.types.ts';

/** What a trainer can override: one dimension, or the overall score (which decides pass/fail). */
export type OverrideTarget = Dimension | 'overall';

/** A trainer's score beside the engine's. Both are kept; the latest override per target counts. */
export interface TrainerOverride {
  /** The attempt reviewed. */
  attemptId: string;
  /** Scenario of the attempt (agreement is reported per scenario). */
  scenarioId: string;
  target: OverrideTarget;
  /** The engine's score for the target when the override was made. */
  engineScore: number;
  /** The trainer's score, 0–100. */
  trainerScore: number;
  /** Why, in the trainer's words (required). */
  reason: string;
  /** Who reviewed (name as typed). */
  by: string;
  /** ISO 8601. */
  at: string;
}
