import { describe, expect, it } from 'vitest';
import { storedAttempt, storedOverride } from '../test-support/stored-attempt.ts';
import { storedScorecard } from '../test-support/stored-scorecard.ts';
import { ATTEMPT_VERSION, parseAttempt } from './attempt.schema.ts';
import { isFlagged, parseImportMark } from './import-mark.schema.ts';
import { OVERRIDE_VERSION, parseOverride } from './override.schema.ts';
import { RecordRefused } from './record-refused.ts';

const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof RecordRefused) return error.message;
    throw error;
  }
  return 'accepted';
};

/** An attempt as version 1 of the app stored it: no identity, and an unchecked scorecard. */
const v1Attempt = () => {
  const { identity: _i, ...rest } = storedAttempt({ id: 'old-1', score: 64, passed: false });
  return { ...rest, schemaVersion: 1 };
};

describe('attempt schema', () => {
  it('accepts a current attempt unchanged', () => {
    const a = storedAttempt({ id: 'a1', difficulty: 'hard', passMark: 70 });
    expect(parseAttempt(a)).toEqual(a);
  });

  it('migrates version 1: typed identity, the same scores and scorecard', () => {
    const migrated = parseAttempt(v1Attempt());
    expect(migrated.schemaVersion).toBe(ATTEMPT_VERSION);
    expect(migrated.identity).toBe('typed');
    expect(migrated.score).toBe(64);
    expect(migrated.scorecard.engine.dimensions.listen).toBe(50);
  });

  it('migrates an unversioned attempt the way version 1 repaired it: mode, seed, reply times, outcome, stray lines', () => {
    const { schemaVersion: _v, mode: _m, seed: _s, ...raw } = v1Attempt();
    const migrated = parseAttempt({
      ...raw,
      outcome: 'exploded',
      replies: [{ text: 'Sorry', hintUsed: true }],
      transcript: [{ speaker: 'customer', text: 'Hi', hostility: 80 }, { speaker: 'narrator', text: '…' }, 'junk'],
    });
    expect(migrated).toMatchObject({ mode: 'practice', seed: 1, outcome: 'incomplete' });
    expect(migrated.replies).toEqual([{ text: 'Sorry', at: new Date(0).toISOString(), hintUsed: true }]);
    expect(migrated.transcript).toEqual([{ speaker: 'customer', text: 'Hi', hostility: 80 }]);
  });

  it('migrates a very old attempt whose scorecard was the engine’s, bare, working out the hint cost', () => {
    const card = storedScorecard({ score: 80 }).engine;
    const old = { ...v1Attempt(), score: 75, replies: [{ text: 'a', at: '2026-01-01T00:00:00.000Z', hintUsed: true }], scorecard: card };
    const migrated = parseAttempt(old);
    expect(migrated.scorecard).toEqual({ engine: card, hintsUsed: 1, hintCost: 5 });
  });

  it('refuses what cannot be an attempt, naming the field', () => {
    expect(refusal(() => parseAttempt({ ...storedAttempt({ id: 'a1' }), score: 'high' }))).toMatch(/^field "score"/);
    expect(refusal(() => parseAttempt({ ...storedAttempt({ id: 'a1' }), replies: [{ text: 7, at: '' }] }))).toMatch(/^field "replies\[1\]\.text"/);
    expect(refusal(() => parseAttempt({ ...storedAttempt({ id: 'a1' }), scorecard: { engine: {} } }))).toMatch(/^field "scorecard\.engine\./);
    expect(refusal(() => parseAttempt({ ...storedAttempt({ id: 'a1' }), id: '../../etc' }))).toMatch(/^field "id"/);
    expect(refusal(() => parseAttempt({ ...storedAttempt({ id: 'a1' }), schemaVersion: ATTEMPT_VERSION + 1 }))).toMatch(/newer version/);
    // A damaged version is not an unversioned (version 1) record to repair: the fuzz found these accepted.
    for (const schemaVersion of [null, '2', true, [2], 0, 1.5]) {
      expect(refusal(() => parseAttempt({ ...storedAttempt({ id: 'a1' }), schemaVersion }))).toBe('field "schemaVersion": not a version number');
    }
    expect(refusal(() => parseAttempt([]))).toBe('not a record');
  });

  it('keeps the library’s optional difficulty and seed, and refuses an unknown difficulty', () => {
    expect(parseAttempt(storedAttempt({ id: 'a1', difficulty: 'easy', seed: 42 }))).toMatchObject({ difficulty: 'easy', seed: 42 });
    expect(refusal(() => parseAttempt({ ...storedAttempt({ id: 'a1' }), difficulty: 'brutal' }))).toMatch(/^field "difficulty"/);
  });
});

describe('override schema', () => {
  it('migrates version 1 (free-text reviewer, no id) to a stable id and a typed reviewer', () => {
    const v1 = { schemaVersion: 1, attemptId: 'a1', scenarioId: 's', target: 'overall', engineScore: 87, trainerScore: 72, reason: 'missed cue', by: 'Amy', at: '2026-01-02T00:00:00.000Z' };
    const a = parseOverride(v1);
    expect(a).toMatchObject({ schemaVersion: OVERRIDE_VERSION, reviewer: 'typed', by: 'Amy', trainerScore: 72 });
    expect(a.id).toMatch(/^[0-9a-f]{8}-/);
    expect(parseOverride(v1).id).toBe(a.id);
    expect(parseOverride({ ...v1, at: '2026-01-03T00:00:00.000Z' }).id).not.toBe(a.id);
  });

  it('refuses an out-of-range score or an empty reason, naming the field', () => {
    const o = storedOverride({ attemptId: 'a1', target: 'overall', trainerScore: 50 });
    expect(parseOverride(o)).toEqual(o);
    expect(refusal(() => parseOverride({ ...o, trainerScore: 140 }))).toMatch(/^field "trainerScore"/);
    expect(refusal(() => parseOverride({ ...o, reason: '' }))).toMatch(/^field "reason"/);
    expect(refusal(() => parseOverride({ ...o, target: 'charm' }))).toMatch(/^field "target"/);
  });
});

describe('import mark schema', () => {
  const v1 = { schemaVersion: 1, attemptId: 'a1', importedAt: '2026-01-02T00:00:00.000Z', source: 'f.json', status: 'verified' };

  it('migrates version 1 as unsigned (bundles had no signature), flagged only where signatures are expected', () => {
    const mark = parseImportMark(v1);
    expect(mark.signature).toBe('unsigned');
    expect(isFlagged(mark)).toBe(false);
    expect(isFlagged(mark, true)).toBe(true);
    expect(isFlagged({ ...mark, accepted: { by: 'Trainer', at: '2026-01-03T00:00:00.000Z' } }, true)).toBe(false);
    expect(isFlagged({ ...mark, signature: 'invalid' })).toBe(true);
    expect(isFlagged({ ...mark, signature: 'otherOrganisation' })).toBe(true);
    expect(isFlagged({ ...mark, signature: 'valid', status: 'mismatch' })).toBe(true);
  });

  it('refuses an unknown status', () => {
    expect(refusal(() => parseImportMark({ ...v1, status: 'fine' }))).toMatch(/^field "status"/);
  });
});

describe('attempt read back from a record store', () => {
  it('keeps what Defuse knows and refuses an out-of-range score', async () => {
    const { checkLrsAttempt } = await import('./lrs-attempt.schema.ts');
    const read = { attemptId: 'a1', trainee: 'Amy', scenarioId: 's', score: 77, passed: true, dimensions: { listen: 80, charm: 99 }, outcome: 'exploded', mode: 'exam', difficulty: 'brutal', timestamp: '2026-02-01T10:00:00.000Z' };
    expect(checkLrsAttempt(read)).toMatchObject({ dimensions: { listen: 80 }, outcome: null, mode: 'exam', difficulty: null });
    expect(checkLrsAttempt({ ...read, difficulty: 'hard' })).toMatchObject({ difficulty: 'hard' });
    expect(checkLrsAttempt({ ...read, score: 250 })).toBeNull();
  });
});
