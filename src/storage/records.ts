
/**
 * Persisted record shapes. Each record type has one zod schema (src/domain/records/schemas), the type
 * inferred from it; loaders migrate older versions and refuse the rest with a reason.
 */
export {
  ATTEMPT_VERSION as RECORD_VERSION,
  DRILL_MODES,
  type AttemptRecord,
  type DrillMode,
  type StoredDiagnosis,
  type StoredReply,
  type TranscriptLine,
} from '../domain/records/schemas/attempt.schema.ts';
export type { StoredScorecard } from '../domain/records/schemas/scorecard.schema.ts';
export type RecordLocale = 'zh-Hant' | 'zh-Hans' | 'en';

export { progressKey } from './progress-key.ts';
