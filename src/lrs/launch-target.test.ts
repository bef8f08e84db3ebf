import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DefuseDb } from '../storage/db.ts';
import { LRS_TARGET_VERSION, type LrsTargetRecord } from '../storage/outbox-record.ts';
import { readLaunchTarget, saveLaunchTarget } from './launch-target.ts';
import { Outbox } from './outbox.ts';
import { drainOnce } from './sender.ts';

let n = 0;
const fresh = () => new DefuseDb(`launch-target-${(n += 1)}`);
const to = { endpoint: 'https://lms.example.com/xapi/', auth: 'Basic c2VjcmV0' };
const stored = (over: Record<string, unknown>) =>
  ({ id: 'launch:r1', schemaVersion: LRS_TARGET_VERSION, endpoint: to.endpoint, auth: to.auth, updatedAt: '2026-01-01T00:00:00Z', ...over }) as unknown as LrsTargetRecord;

describe('a launch’s LRS, kept for retries', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is read back as it was saved', async () => {
    const db = fresh();
    await saveLaunchTarget(db, 'launch:r1', to, new Date('2026-01-01T00:00:00Z'));
    expect(await readLaunchTarget(db, 'launch:r1')).toEqual(to);
    expect(await readLaunchTarget(db, 'launch:other')).toBeNull();
  });

  it('damaged: refused naming the field (never the credentials), its statements wait, kept, and go once the launch stores it again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const db = fresh();
    const outbox = new Outbox(db);
    await outbox.add('launch:r1', [{ i: 1 }], new Date());
    const sent: unknown[] = [];
    const client = { send: async (_to: unknown, s: readonly unknown[]) => (sent.push(...s), { ok: true as const }), fetchStatement: async () => ({ ok: true as const, statement: null }) };
    const drain = () => drainOnce({ outbox, client, resolve: (t) => readLaunchTarget(db, t), now: () => 0 });

    const damages: [Record<string, unknown>, string][] = [
      [{ auth: 42 }, 'field "auth"'],
      [{ endpoint: '' }, 'field "endpoint"'],
      [{ schemaVersion: '1' }, 'field "schemaVersion": not a version number'],
      [{ schemaVersion: LRS_TARGET_VERSION + 1 }, 'written by a newer version'],
    ];
    for (const [damage, reason] of damages) {
      await db.lrsTargets.put(stored(damage));
      warn.mockClear();
      expect(await readLaunchTarget(db, 'launch:r1')).toBeNull();
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(reason));
      expect(String(warn.mock.calls[0]?.[0])).not.toContain(to.auth);
      await drain();
      expect(sent).toEqual([]);
      expect(await outbox.countFor('launch:r1')).toEqual({ pending: 1, unsent: 1 });
    }

    await saveLaunchTarget(db, 'launch:r1', to, new Date());
    await drain();
    expect(sent).toEqual([{ i: 1 }]);
  });
});
