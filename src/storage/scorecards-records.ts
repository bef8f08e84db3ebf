import type { TrainerOverride } from '../domain/records/override.types.ts';
import type { Rescored } from '../domain/records/rescore.ts';
import type { PasscodeRecord } from '../domain/records/passcode.ts';

/** A trainer override as stored (auto-numbered; overrides are never edited, a newer one wins). */
export interface OverrideRecord extends TrainerOverride {
  schemaVersion: 1;
  seq?: number;
}

/** How an imported attempt compared with a fresh scoring of its transcript, kept beside the attempt. */
export interface ImportMarkRecord {
  schemaVersion: 1;
  attemptId: string;
  /** ISO 8601 time of the import. */
  importedAt: string;
  /** File name it came from. */
  source: string;
  status: 'verified' | 'mismatch' | 'unverifiable';
  /** Scores the engine gives it on this device (verified or mismatch). */
  recomputed?: Rescored;
  /** Fields that differ (mismatch). */
  fields?: string[];
  /** Why it could not be re-scored (unverifiable). */
  reason?: 'unknownScenario' | 'otherVersion';
}

export type SettingRecord = { key: 'passcode'; value: PasscodeRecord };
