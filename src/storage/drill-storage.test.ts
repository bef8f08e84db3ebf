// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { storedScorecard } from '../domain/records/test-support/stored-scorecard.ts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DefuseDb } from './db.ts';
import { bestScores } from './best-scores.ts';
import { createDexieStorage } from './drill-storage.ts';
import { PROGRESS_VERSION, progressKey, type ProgressRecord } from './progress-record.ts';
import { RECORD_VERSION, type AttemptRecord } from './records.ts';
import { classifyStorageError, storageCause, useStorageIssues } from './storage-errors.ts';

let dbCount = 0;
const progress = (over: Partial<ProgressRecord> = {}): ProgressRecord => ({
  schemaVersion: PROGRESS_VERSION,
  key: progressKey('S1', 'angry-resident'),
  attemptId: 'a1',
  trainee: 'S1',
  scenarioId: 'angry-resident',
  scenarioVersion: '1',
  snapshot: { status: 'active', value: { conversation: 'traineeTurn' }, context: {} },
  draft: '我想先',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});
/** A drill in progress as version 1 stored it: its replies, replayed on load. */
const v1 = {
  schemaVersion: 1, key: progressKey('S1', 'angry-resident'), attemptId: 'a1', trainee: 'S1', scenarioId: 'angry-resident', scenarioVersion: '1',
  locale: 'zh-Hant', mode: 'practice', seed: 7, phase: 'conversation', replies: [{ text: '您好', at: '2026-01-01T00:00:00.000Z' }],
  startedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
};
const attempt = (id: string, score: number, scenarioId = 'angry-resident'): AttemptRecord => ({
  schemaVersion: RECORD_VERSION, id, trainee: 'S1', identity: 'typed', scenarioId, scenarioVersion: '1', locale: 'en', mode: 'exam', seed: 1,
  replies: [], transcript: [{ speaker: 'customer', text: 'Hi', hostility: 80 }], score, passed: score >= 70, outcome: 'resolved',
  scorecard: storedScorecard({ score }), startedAt: '2026-01-01T00:00:00.000Z', endedAt: `2026-01-0${score % 9 + 1}T00:00:00.000Z`,
});

describe('drill storage (Dexie)', () => {
  let db: DefuseDb;
  beforeEach(() => {
    db = new DefuseDb(`test-${dbCount++}`);
    useStorageIssues.setState({ issues: [] });
  });

  it('saves and resumes a drill in progress', async () => {
    const storage = createDexieStorage(db);
    await storage.saveProgress(progress());
    expect(await storage.loadProgress('S1', 'angry-resident')).toEqual(progress());
    expect(await storage.loadProgress('S2', 'angry-resident')).toBeNull();
    expect(await storage.listInProgress('S1')).toEqual(['angry-resident']);
  });

  it('does not count a briefing opened and left as a drill in progress', async () => {
    const storage = createDexieStorage(db);
    await storage.saveProgress(progress({ snapshot: { status: 'active', value: 'briefing', context: {} } }));
    await storage.saveProgress(progress({ key: progressKey('S1', 'broken-promise'), scenarioId: 'broken-promise' }));
    expect(await storage.listInProgress('S1')).toEqual(['broken-promise']);
  });

  it('stores an attempt and clears its progress in one step', async () => {
    const storage = createDexieStorage(db);
    await storage.saveProgress(progress());
    await storage.saveAttempt(attempt('a1', 82));
    await storage.saveAttempt(attempt('a2', 64));
    await storage.saveAttempt(attempt('a3', 50, 'broken-promise'));
    expect(await storage.loadProgress('S1', 'angry-resident')).toBeNull();
    const list = await storage.listAttempts('S1');
    expect(list.map((a) => a.id).sort()).toEqual(['a1', 'a2', 'a3']);
    expect(bestScores(list)).toEqual(new Map([['angry-resident', 82], ['broken-promise', 50]]));
    expect((await storage.getAttempt('a2'))?.score).toBe(64);
  });

  it('migrates a version 1 record (its replies kept for the drill to replay), and sets a broken one aside as stored instead of deleting it', async () => {
    const storage = createDexieStorage(db);
    await db.progress.put(v1 as unknown as ProgressRecord);
    const migrated = await storage.loadProgress('S1', 'angry-resident');
    expect(migrated?.schemaVersion).toBe(PROGRESS_VERSION);
    expect(migrated?.snapshot).toMatchObject({ legacy: { replies: v1.replies, locale: 'zh-Hant', seed: 7 } });
    expect(migrated?.draft).toBe('');

    const broken = { ...progress(), draft: 42 };
    await db.progress.put(broken as unknown as ProgressRecord);
    // Its unsent reply, kept on leaving the page, goes with it.
    localStorage.setItem(`defuse.draft:${encodeURIComponent(progressKey('S1', 'angry-resident'))}`, JSON.stringify({ attemptId: 'a1', draft: '我想先' }));
    // The trainee starts afresh: nothing to resume, and no "storage failed" banner (the drill page says what happened).
    expect(await storage.loadProgress('S1', 'angry-resident')).toBeNull();
    expect(useStorageIssues.getState().issues).toEqual([]);
    const [kept, ...more] = await storage.listSetAside('S1', 'angry-resident');
    expect(more).toEqual([]);
    expect(kept).toMatchObject({ schemaVersion: 1, trainee: 'S1', scenarioId: 'angry-resident', reason: expect.stringContaining('draft'), record: broken, draftBackup: JSON.stringify({ attemptId: 'a1', draft: '我想先' }) });
    expect(localStorage.length).toBe(0);
    // A new drill of the same scenario neither overwrites it nor is mistaken for it.
    await storage.saveProgress(progress({ attemptId: 'a2', draft: '' }));
    expect((await storage.loadProgress('S1', 'angry-resident'))?.attemptId).toBe('a2');
    expect(await storage.listSetAside('S1', 'angry-resident')).toEqual([kept]);
    expect(await storage.listSetAside('S2', 'angry-resident')).toEqual([]);
    // Only the trainee discards it.
    await storage.discardSetAside(kept!.id);
    expect(await storage.listSetAside('S1', 'angry-resident')).toEqual([]);
    expect((await storage.loadProgress('S1', 'angry-resident'))?.attemptId).toBe('a2');
  });

  it('sets aside a drill whose schemaVersion was damaged ("2", null, 1.5, 0), naming the field, instead of replaying an empty version 1', async () => {
    const storage = createDexieStorage(db);
    for (const schemaVersion of ['2', null, 1.5, 0]) {
      await db.progress.put({ ...progress(), schemaVersion } as unknown as ProgressRecord);
      expect(await storage.loadProgress('S1', 'angry-resident')).toBeNull();
      expect((await storage.listSetAside('S1', 'angry-resident')).at(-1)).toMatchObject({ reason: 'field "schemaVersion": not a version number', record: { schemaVersion } });
    }
    await db.progress.put({ ...progress(), schemaVersion: PROGRESS_VERSION + 1 } as unknown as ProgressRecord);
    expect(await storage.loadProgress('S1', 'angry-resident')).toBeNull();
    const setAside = await storage.listSetAside('S1', 'angry-resident');
    expect(setAside.at(-1)?.reason).toContain(`written by a newer version of Defuse (schema ${PROGRESS_VERSION + 1})`);
    // Every one kept, oldest first; none left in the way of a new drill.
    expect(setAside.map((d) => (d.record as ProgressRecord).schemaVersion)).toEqual(['2', null, 1.5, 0, PROGRESS_VERSION + 1]);
    expect(await db.progress.count()).toBe(0);
    // A version 1 drill (written before versions: no schemaVersion at all) is still migrated.
    const { schemaVersion: _v, ...unversioned } = v1;
    await db.progress.put(unversioned as unknown as ProgressRecord);
    expect((await storage.loadProgress('S1', 'angry-resident'))?.snapshot).toMatchObject({ legacy: { replies: v1.replies } });
  });

  it('sets aside on request a stored drill that reads but cannot be restored; nothing stored, nothing done', async () => {
    const storage = createDexieStorage(db);
    await storage.setAsideProgress('S1', 'angry-resident', 'snapshot: not a drill');
    expect(await storage.listSetAside('S1', 'angry-resident')).toEqual([]);
    await storage.saveProgress(progress());
    await storage.setAsideProgress('S1', 'angry-resident', 'snapshot: not a drill');
    expect(await storage.loadProgress('S1', 'angry-resident')).toBeNull();
    expect(await storage.listSetAside('S1', 'angry-resident')).toMatchObject([{ reason: 'snapshot: not a drill', record: progress() }]);
    // A set-aside row this version cannot read is not offered, and stays stored.
    await db.setAsideProgress.add({ key: progressKey('S1', 'angry-resident'), setAsideAt: 5 } as never);
    expect(await storage.listSetAside('S1', 'angry-resident')).toHaveLength(1);
    expect(await db.setAsideProgress.count()).toBe(2);
  });

  it('lists the readable attempts when one is damaged, says how many were refused, and keeps the damaged one stored', async () => {
    const storage = createDexieStorage(db);
    await storage.saveAttempt(attempt('a1', 82));
    await db.attempts.put({ ...attempt('a2', 64), schemaVersion: '2' } as unknown as AttemptRecord);
    await db.attempts.put({ ...attempt('a3', 50), replies: 'lost' } as unknown as AttemptRecord);
    expect((await storage.listAttempts('S1')).map((a) => a.id)).toEqual(['a1']);
    expect(useStorageIssues.getState().issues).toMatchObject([{ kind: 'corrupt', operation: 'load-attempts', detail: '2' }]);
    expect((await db.attempts.toArray()).map((a) => a.id).sort()).toEqual(['a1', 'a2', 'a3']);
  });

  it('surfaces a write failure instead of swallowing it', async () => {
    const storage = createDexieStorage(db);
    db.progress.put = () => Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' })) as never;
    await expect(storage.saveProgress(progress())).rejects.toMatchObject({ kind: 'quota' });
    expect(useStorageIssues.getState().issues).toMatchObject([{ kind: 'quota', operation: 'save-progress' }]);
  });

  it("tells a watcher when the trainee's attempts change, written by any connection, and no one else's", async () => {
    const storage = createDexieStorage(db);
    const watched = vi.fn();
    const other = vi.fn();
    const stop = storage.watchAttempts('S1', watched);
    const stopOther = storage.watchAttempts('S1', other);
    // Another part of the app (or another tab) has its own connection to the same database.
    const elsewhere = createDexieStorage(new DefuseDb(db.name));
    // The first call: the watch is in place, read the lists now.
    await vi.waitFor(() => expect(watched).toHaveBeenCalledTimes(1));
    await elsewhere.saveAttempt({ ...attempt('b1', 90), trainee: 'S2' });
    await elsewhere.saveAttempt(attempt('a1', 82));
    await vi.waitFor(() => expect(watched).toHaveBeenCalledTimes(2));
    // One more, for S1's attempt; none for S2's.
    await vi.waitFor(() => expect(other).toHaveBeenCalledTimes(2));
    expect(watched).toHaveBeenCalledTimes(2);

    stop();
    await storage.saveProgress(progress());
    await vi.waitFor(() => expect(other).toHaveBeenCalledTimes(3));
    // A drill started is a change too (the library marks it in progress), but no longer for the stopped watcher.
    expect(watched).toHaveBeenCalledTimes(2);
    stopOther();
  });
});

describe('the cause of a storage failure, as the banner sums it up', () => {
  const named = (name: string, message = '', inner?: string) => Object.assign(new Error(message), { name }, inner ? { inner: { name: inner } } : {});
  it.each([
    [named('QuotaExceededError', 'The quota has been exceeded.'), 'quota'],
    [named('DatabaseClosedError', 'Database is blocked by another connection'), 'blocked'],
    [named('VersionError', 'The requested version (3) is less than the existing version (4).'), 'newerVersion'],
    [named('OpenFailedError', 'no access', 'SecurityError'), 'unavailable'],
    [named('MissingAPIError', 'IndexedDB API missing'), 'unavailable'],
    [named('DataError', 'bad key'), 'damaged'],
    [named('TypeError', 'x is undefined'), 'unknown'],
  ] as const)('%s → %s', (error, cause) => {
    expect(storageCause(classifyStorageError(error), error)).toBe(cause);
  });

  it('is read from the message alone when a caller reports none', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    useStorageIssues.setState({ issues: [] });
    useStorageIssues.getState().report({ kind: 'unavailable', operation: 'load-progress', detail: 'VersionError: The requested version (3) is less than the existing version (4).' });
    expect(useStorageIssues.getState().issues).toMatchObject([{ cause: 'newerVersion' }]);
    vi.restoreAllMocks();
  });
});
