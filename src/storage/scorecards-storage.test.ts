import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DefuseDb } from './db.ts';
import { storedAttempt, storedOverride } from '../domain/records/test-support/stored-attempt.ts';
import type { AttemptRecord } from './records.ts';
import { createScorecardsStorage } from './scorecards-storage.ts';
import { useStorageIssues } from './storage-errors.ts';

let n = 0;
const name = () => `scorecards-${Date.now()}-${n++}`;
const attempt = (id: string): AttemptRecord => storedAttempt({ id, outcome: 'incomplete' });

describe('scorecards storage', () => {
  it('opens a v1 database without touching its attempts', async () => {
    const dbName = name();
    const old = new Dexie(dbName);
    old.version(1).stores({ attempts: 'id, trainee, [trainee+scenarioId], endedAt', progress: 'key, updatedAt' });
    await old.table('attempts').put(attempt('old-1'));
    old.close();
    const storage = createScorecardsStorage(new DefuseDb(dbName));
    expect((await storage.listAllAttempts()).attempts.map((a) => a.id)).toEqual(['old-1']);
    expect(await storage.listOverrides()).toEqual([]);
  });

  it('counts damaged attempts as refused instead of failing the dashboard, and leaves them stored', async () => {
    const db = new DefuseDb(name());
    await db.attempts.bulkPut([attempt('good'), { ...attempt('bad-version'), schemaVersion: null }, { ...attempt('bad-score'), score: 'high' }] as unknown as AttemptRecord[]);
    const storage = createScorecardsStorage(db);
    const { attempts, refused } = await storage.listAllAttempts();
    expect({ ids: attempts.map((a) => a.id), refused }).toEqual({ ids: ['good'], refused: 2 });
    expect(await db.attempts.count()).toBe(3);
  });

  it('imports in one transaction, skipping stored ids as duplicates', async () => {
    const storage = createScorecardsStorage(new DefuseDb(name()));
    await storage.importAttempts({ attempts: [attempt('a')], marks: [], overrides: [] });
    const result = await storage.importAttempts({
      attempts: [attempt('a'), attempt('b')],
      marks: [{ schemaVersion: 2, attemptId: 'b', importedAt: '2026-01-02T00:00:00Z', source: 'f.json', status: 'verified', signature: 'unsigned' }],
      overrides: [],
    });
    expect(result).toEqual({ added: ['b'], duplicates: ['a'] });
    expect((await storage.listImportMarks()).map((m) => m.attemptId)).toEqual(['b']);
  });

  it('writes nothing when any part of an import fails', async () => {
    const storage = createScorecardsStorage(new DefuseDb(name()));
    // A reason that cannot be stored (not cloneable) fails the override write after the attempt was added.
    const unstorable = { ...storedOverride({ attemptId: 'c', target: 'overall', trainerScore: 2 }), reason: Symbol('x') as unknown as string };
    await expect(
      storage.importAttempts({ attempts: [attempt('c')], marks: [], overrides: [unstorable] }),
    ).rejects.toThrow();
    expect((await storage.listAllAttempts()).attempts).toEqual([]);
  });

  it('keeps overrides and the passcode record', async () => {
    const storage = createScorecardsStorage(new DefuseDb(name()));
    await storage.addOverride(storedOverride({ attemptId: 'a', target: 'listen', engineScore: 60, trainerScore: 40, reason: 'missed cue' }));
    expect((await storage.listOverrides())[0]).toMatchObject({ target: 'listen', trainerScore: 40, seq: 1 });
    await storage.setPasscode({ algorithm: 'PBKDF2-SHA-256', iterations: 1, salt: 's', hash: 'h' });
    expect(await storage.getPasscode()).toMatchObject({ hash: 'h' });
  });

  it('refuses a passcode the device did not keep, reporting it as saving the passcode (not reading results)', async () => {
    const db = new DefuseDb(name());
    // A full disk: the write resolves, nothing is kept.
    db.settings.put = (async () => 'passcode') as unknown as typeof db.settings.put;
    const storage = createScorecardsStorage(db);
    useStorageIssues.setState({ issues: [] });
    const record = { algorithm: 'PBKDF2-SHA-256' as const, iterations: 1, salt: 'c2FsdA==', hash: 'aGFzaA==' };
    await expect(storage.setPasscode(record)).rejects.toMatchObject({ operation: 'save-passcode' });
    expect(useStorageIssues.getState().issues).toEqual([expect.objectContaining({ operation: 'save-passcode' })]);
    expect(await storage.getPasscode()).toBeNull();
  });
});
