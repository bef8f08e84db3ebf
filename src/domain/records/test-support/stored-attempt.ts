import type { Dimension } from '../../scoring/scorecard.types.ts';
import { ATTEMPT_VERSION, type AttemptRecord } from '../schemas/attempt.schema.ts';
import { OVERRIDE_VERSION, overrideId, type OverrideRecord } from '../schemas/override.schema.ts';
import { storedScorecard } from './stored-scorecard.ts';

/** A valid stored attempt with made-up scores (for code that only reads): `dims`, `forbidden`, `hostility` fill the scorecard. */
export function storedAttempt(over: Partial<AttemptRecord> & { id: string; dims?: Partial<Record<Dimension, number>>; forbidden?: readonly (string | null)[]; hostility?: number[] }): AttemptRecord {
  const { dims, forbidden, hostility, ...rest } = over;
  return {
    schemaVersion: ATTEMPT_VERSION,
    trainee: 'Amy',
    identity: 'typed',
    scenarioId: 'angry-resident',
    scenarioVersion: '1-x',
    locale: 'en',
    mode: 'practice',
    seed: 1,
    replies: [],
    transcript: [],
    score: 50,
    passed: false,
    outcome: 'resolved',
    scorecard: storedScorecard({ ...(dims ? { dims } : {}), ...(forbidden ? { forbidden } : {}), ...(hostility ? { hostility } : {}) }),
    startedAt: '2026-01-01T09:00:00.000Z',
    endedAt: '2026-01-01T10:00:00.000Z',
    ...rest,
  };
}

/** A valid override as the review form stores it. */
export function storedOverride(over: Partial<OverrideRecord> & Pick<OverrideRecord, 'attemptId' | 'target' | 'trainerScore'>): OverrideRecord {
  const base = { scenarioId: 'angry-resident', engineScore: 50, reason: 'reviewed', by: 'Trainer T', at: '2026-01-02T10:00:00.000Z', ...over };
  return { schemaVersion: OVERRIDE_VERSION, id: overrideId(base), reviewer: 'organisation', ...base };
}
