import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createFlag, type FlagInput } from '../domain/records/misread-flag.ts';
import { DefuseDb } from './db.ts';
import { createFlagsStorage } from './flags-storage.ts';

let n = 0;
const name = () => `flags-${Date.now()}-${n++}`;
const input: FlagInput = {
  attemptId: 'att-1', turn: 0, reply: '我已經escalate咗俾supervisor', locale: 'zh-Hant', scenarioId: 'angry-resident', trainee: 'Amy',
  found: [], evidence: [], forbiddenFound: false, wrong: [], missing: ['escalate'], comment: '',
};
const flag = (id: string, at = '2026-03-01T10:00:00Z', over: Partial<FlagInput> = {}) => createFlag({ ...input, ...over }, id, new Date(at));

describe('flags storage', () => {
  it('upgrades a version-4 database keeping every table’s rows, and starts with no flags', async () => {
    const dbName = name();
    const old = new Dexie(dbName);
    old.version(4).stores({
      attempts: 'id, trainee, [trainee+scenarioId], endedAt', progress: 'key, updatedAt', studioScenarios: 'key, updatedAt, publishedId',
      outbox: '++seq, status, target', lrsTargets: 'id', overrides: '++seq, attemptId, scenarioId', importMarks: 'attemptId', settings: 'key',
    });
    await old.table('attempts').put({ id: 'a1', trainee: 'Amy' });
    await old.table('progress').put({ key: 'p1', updatedAt: 'x' });
    await old.table('studioScenarios').put({ key: 's1', updatedAt: 'x' });
    await old.table('outbox').add({ status: 'pending', target: 'settings' });
    await old.table('lrsTargets').put({ id: 't1' });
    await old.table('overrides').add({ attemptId: 'a1', scenarioId: 's' });
    await old.table('importMarks').put({ attemptId: 'a1' });
    await old.table('settings').put({ key: 'passcode', value: 1 });
    old.close();
    const db = new DefuseDb(dbName);
    const storage = createFlagsStorage(db);
    expect(await storage.listAll()).toEqual({ flags: [], refused: 0 });
    expect(db.verno).toBe(6);
    for (const table of ['attempts', 'progress', 'studioScenarios', 'outbox', 'lrsTargets', 'overrides', 'importMarks', 'settings']) expect(await db.table(table).count(), table).toBe(1);
    expect(await db.attempts.get('a1')).toEqual({ id: 'a1', trainee: 'Amy' });
  });

  it('keeps a flag across a fresh connection (a reload) and lists an attempt’s flags oldest first', async () => {
    const dbName = name();
    const storage = createFlagsStorage(new DefuseDb(dbName));
    await storage.add(flag('f2', '2026-03-01T10:05:00Z', { turn: 1 }));
    await storage.add(flag('f1'));
    await storage.add(flag('other', '2026-03-01T10:00:00Z', { attemptId: 'att-2' }));
    const again = createFlagsStorage(new DefuseDb(dbName));
    expect((await again.listForAttempt('att-1')).map((f) => f.id)).toEqual(['f1', 'f2']);
    expect((await again.listAll()).flags.map((f) => f.id)).toEqual(['f2', 'other', 'f1']);
  });

  it('withdraws only an open flag', async () => {
    const storage = createFlagsStorage(new DefuseDb(name()));
    await storage.add(flag('f1'));
    await storage.add(flag('f2'));
    await storage.review('f2', { status: 'dismissed' }, new Date('2026-03-02T00:00:00Z'));
    expect((await storage.withdraw('f1'))?.id).toBe('f1');
    expect(await storage.withdraw('f2')).toBeNull();
    expect(await storage.withdraw('missing')).toBeNull();
    expect((await storage.listAll()).flags.map((f) => [f.id, f.status])).toEqual([['f2', 'dismissed']]);
  });

  it('labels a flag, and refuses a label that expects and rejects the same move without changing it', async () => {
    const storage = createFlagsStorage(new DefuseDb(name()));
    await storage.add(flag('f1'));
    const label = { expect: ['escalate' as const], reject: ['deflect' as const], forbidden: false, by: 'Trainer', at: '2026-03-02T00:00:00Z' };
    expect(await storage.review('f1', { status: 'labelled', label }, new Date('2026-03-02T00:00:00Z'))).toMatchObject({ status: 'labelled', label, reviewedAt: '2026-03-02T00:00:00.000Z' });
    await expect(storage.review('f1', { status: 'labelled', label: { ...label, reject: ['escalate'] } }, new Date())).rejects.toThrow(/both expected and rejected/);
    expect((await storage.listAll()).flags[0]?.label).toEqual(label);
  });

  it('reopens a reviewed flag without its label', async () => {
    const storage = createFlagsStorage(new DefuseDb(name()));
    await storage.add(flag('f1'));
    await storage.review('f1', { status: 'labelled', label: { expect: ['escalate'], reject: [], forbidden: null, by: 'T', at: '2026-03-02T00:00:00Z' } }, new Date('2026-03-02T00:00:00Z'));
    const reopened = await storage.reopen('f1');
    expect(reopened.status).toBe('open');
    expect(reopened).not.toHaveProperty('label');
    expect(reopened).not.toHaveProperty('reviewedAt');
    expect((await storage.listAll()).flags[0]).toEqual(reopened);
  });

  it('counts a damaged row instead of showing it, and refuses to store a bad flag', async () => {
    const db = new DefuseDb(name());
    const storage = createFlagsStorage(db);
    await storage.add(flag('f1'));
    await db.flags.put({ ...flag('f2'), found: ['hug'] } as never);
    expect(await storage.listAll()).toMatchObject({ refused: 1, flags: [{ id: 'f1' }] });
    await expect(storage.add({ ...flag('f3'), turn: -1 })).rejects.toThrow(/turn/);
  });

  it('imports only flags it does not have', async () => {
    const storage = createFlagsStorage(new DefuseDb(name()));
    await storage.add(flag('f1'));
    expect(await storage.importFlags([{ ...flag('f1'), comment: 'changed' }, flag('f2')])).toEqual({ added: ['f2'], duplicates: ['f1'] });
    expect((await storage.listAll()).flags.find((f) => f.id === 'f1')?.comment).toBe('');
  });
});
