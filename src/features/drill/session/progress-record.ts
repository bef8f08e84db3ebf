import { progressKey, RECORD_VERSION, type ProgressRecord } from '../../../storage/records.ts';
import type { AttemptMeta, SessionSnapshot } from './session.types.ts';

/** The in-progress record for a session snapshot (what a reload replays). */
export function toProgressRecord(s: SessionSnapshot, now = new Date()): ProgressRecord {
  return {
    schemaVersion: RECORD_VERSION,
    key: progressKey(s.meta.trainee, s.meta.scenarioId),
    attemptId: s.meta.attemptId,
    trainee: s.meta.trainee,
    scenarioId: s.meta.scenarioId,
    scenarioVersion: s.meta.scenarioVersion,
    locale: s.meta.locale,
    mode: s.meta.mode,
    seed: s.meta.seed,
    phase: s.phase === 'finished' ? 'diagnosis' : s.phase,
    replies: s.replies,
    startedAt: s.meta.startedAt,
    updatedAt: now.toISOString(),
  };
}

export function metaFromProgress(p: ProgressRecord): AttemptMeta {
  return {
    attemptId: p.attemptId,
    trainee: p.trainee,
    scenarioId: p.scenarioId,
    scenarioVersion: p.scenarioVersion,
    locale: p.locale,
    mode: p.mode,
    seed: p.seed,
    startedAt: p.startedAt,
  };
}
