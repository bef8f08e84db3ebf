import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DefuseDb } from '../storage/db.ts';
import { backoffDelay, BACKOFF_MAX_MS, isTransient } from './backoff.ts';
import { Outbox } from './outbox.ts';
import { drainOnce } from './sender.ts';
import type { SendResult, Transport } from './transport.ts';

let n = 0;
const fresh = () => new Outbox(new DefuseDb(`outbox-test-${(n += 1)}`));
const endpoint = { endpoint: 'http://127.0.0.1:1/xapi/', auth: 'Basic x' };

function scripted(results: SendResult[]): { transport: Transport; sent: unknown[] } {
  const sent: unknown[] = [];
  return {
    sent,
    transport: async (_to, statement) => {
      const r = results.shift() ?? { ok: true };
      if (r.ok) sent.push(statement);
      return r;
    },
  };
}

describe('backoff', () => {
  it('grows exponentially with jitter, capped', () => {
    expect(backoffDelay(1, () => 0)).toBe(1000);
    expect(backoffDelay(3, () => 1)).toBe(8000);
    expect(backoffDelay(40, () => 1)).toBe(BACKOFF_MAX_MS);
  });
  it('retries network errors, 408, 429 and 5xx; not other 4xx', () => {
    expect([null, 408, 429, 500, 503].every(isTransient)).toBe(true);
    expect([400, 401, 403, 404, 413].some(isTransient)).toBe(false);
  });
});

describe('drainOnce', () => {
  it('sends in order and empties the outbox', async () => {
    const outbox = fresh();
    await outbox.add('settings', [{ i: 1 }, { i: 2 }, { i: 3 }], new Date());
    const { transport, sent } = scripted([]);
    expect(await drainOnce({ outbox, transport, resolve: async () => endpoint, now: () => 0 })).toBeNull();
    expect(sent).toEqual([{ i: 1 }, { i: 2 }, { i: 3 }]);
    expect(await outbox.counts()).toEqual({ pending: 0, rejected: 0 });
  });

  it('keeps everything when the LRS is down, holds the target\'s order, and sends it all once it is up', async () => {
    const outbox = fresh();
    await outbox.add('settings', [{ i: 1 }, { i: 2 }], new Date());
    const down = scripted([{ ok: false, status: null, message: 'Failed to fetch' }]);
    const due = await drainOnce({ outbox, transport: down.transport, resolve: async () => endpoint, now: () => 1000, random: () => 0 });
    expect(due).toBe(2000);
    expect(down.sent).toEqual([]);
    const rows = await outbox.pending();
    expect(rows.map((r) => [r.tries, r.lastError])).toEqual([[1, 'Failed to fetch'], [0, undefined]]);
    // Not due yet: nothing is tried.
    const early = scripted([]);
    await drainOnce({ outbox, transport: early.transport, resolve: async () => endpoint, now: () => 1500 });
    expect(early.sent).toEqual([]);
    const up = scripted([]);
    await drainOnce({ outbox, transport: up.transport, resolve: async () => endpoint, now: () => 2000 });
    expect(up.sent).toEqual([{ i: 1 }, { i: 2 }]);
  });

  it('keeps a 4xx-refused statement as rejected, goes on with the rest, and retries it only on request', async () => {
    const outbox = fresh();
    await outbox.add('settings', [{ bad: true }, { i: 2 }], new Date());
    const { transport, sent } = scripted([{ ok: false, status: 400, message: 'HTTP 400: invalid' }]);
    await drainOnce({ outbox, transport, resolve: async () => endpoint, now: () => 0 });
    expect(sent).toEqual([{ i: 2 }]);
    expect(await outbox.counts()).toEqual({ pending: 0, rejected: 1 });
    expect((await outbox.rejected())[0]?.lastError).toBe('HTTP 400: invalid');
    await drainOnce({ outbox, transport, resolve: async () => endpoint, now: () => 10_000_000 });
    expect(await outbox.counts()).toEqual({ pending: 0, rejected: 1 });
    await outbox.retryAll();
    await drainOnce({ outbox, transport, resolve: async () => endpoint, now: () => 0 });
    expect(await outbox.counts()).toEqual({ pending: 0, rejected: 0 });
  });

  it('skips targets it cannot resolve (settings cleared) without losing them', async () => {
    const outbox = fresh();
    await outbox.add('settings', [{ i: 1 }], new Date());
    const { transport, sent } = scripted([]);
    await drainOnce({ outbox, transport, resolve: async () => null, now: () => 0 });
    expect(sent).toEqual([]);
    expect(await outbox.counts()).toEqual({ pending: 1, rejected: 0 });
  });
});

describe('storage v3 upgrade', () => {
  it('keeps the attempts and progress stored by v1', async () => {
    const name = `upgrade-${(n += 1)}`;
    const old = new Dexie(name);
    old.version(1).stores({ attempts: 'id, trainee, [trainee+scenarioId], endedAt', progress: 'key, updatedAt' });
    await old.table('attempts').put({ id: 'a1', trainee: 'S1', scenarioId: 'x', endedAt: '2026-01-01' });
    await old.table('progress').put({ key: 'k', updatedAt: '2026-01-01' });
    old.close();
    const db = new DefuseDb(name);
    expect(await db.attempts.get('a1')).toMatchObject({ trainee: 'S1' });
    expect(await db.progress.count()).toBe(1);
    await new Outbox(db).add('settings', [{}], new Date());
    expect(await db.outbox.count()).toBe(1);
  });
});
