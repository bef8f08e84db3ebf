import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DefuseDb } from './db.ts';
import { createStudioStorage } from './studio-storage.ts';
import { STUDIO_RECORD_VERSION, type StudioScenarioRecord } from './studio-records.ts';

const record = (key: string, over: Partial<StudioScenarioRecord> = {}): StudioScenarioRecord => ({
  schemaVersion: STUDIO_RECORD_VERSION, key, name: key, draft: '{}', published: null, publishedId: null, publishedAt: null, tests: [],
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...over,
});

describe('studio storage', () => {
  it('upgrades a version-1 database without losing attempts', async () => {
    const old = new Dexie('studio-upgrade');
    old.version(1).stores({ attempts: 'id, trainee, [trainee+scenarioId], endedAt', progress: 'key, updatedAt' });
    await old.table('attempts').put({ id: 'a1', trainee: 'S', scenarioId: 'x', endedAt: '2026' });
    old.close();
    const db = new DefuseDb('studio-upgrade');
    expect(await db.attempts.get('a1')).toMatchObject({ trainee: 'S' });
    await createStudioStorage(db).put(record('k1'));
    expect((await createStudioStorage(db).list()).map((r) => r.key)).toEqual(['k1']);
    db.close();
  });

  it('skips damaged records and lists only published scenarios for trainees', async () => {
    const db = new DefuseDb('studio-list');
    const storage = createStudioStorage(db);
    await storage.put(record('a', { published: '{"id":"a"}', publishedId: 'a' }));
    await storage.put(record('b'));
    await db.studioScenarios.put({ key: 'broken' } as never);
    expect((await storage.list()).map((r) => r.key)).toEqual(['a', 'b']);
    expect(await storage.listPublished()).toEqual([{ id: 'a', text: '{"id":"a"}' }]);
    db.close();
  });

  it('migrates a version-1 record: a blank name becomes the key, a published one is dated when it was last saved', async () => {
    const db = new DefuseDb('studio-v1');
    await db.studioScenarios.put({ schemaVersion: 1, key: 'k9', name: ' ', draft: '{}', published: '{"id":"x"}', publishedId: 'x', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z' } as never);
    expect(await createStudioStorage(db).get('k9')).toMatchObject({ schemaVersion: 2, name: 'k9', tests: [], publishedAt: '2026-02-01T00:00:00.000Z' });
    db.close();
  });
});
