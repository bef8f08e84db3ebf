import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DefuseDb } from '../storage/db.ts';
import type { OutboxRecord } from '../storage/outbox-record.ts';
import { backoffDelay, BACKOFF_MAX_MS } from './backoff.ts';
import { keepsWaiting, problemFor } from './lrs-problem.ts';
import { BATCH_MAX_STATEMENTS } from './batch.ts';
import { Outbox } from './outbox.ts';
import { drainOnce } from './sender.ts';
import type { FetchResult, LrsClient, SendResult } from './transport.ts';

let n = 0;
const fresh = () => new Outbox(new DefuseDb(`outbox-test-${(n += 1)}`));
const endpoint = { endpoint: 'http://127.0.0.1:1/xapi/', auth: 'Basic x' };

/** An LRS that answers each request from a script (then accepts), and records what it was sent. */
function scripted(results: SendResult[], stored: Record<string, FetchResult> = {}): { client: LrsClient; requests: unknown[][]; sent: unknown[] } {
  const requests: unknown[][] = [];
  const sent: unknown[] = [];
  return {
    requests,
    sent,
    client: {
      send: async (_to, statements) => {
        requests.push([...statements]);
        const r = results.shift() ?? { ok: true };
        if (r.ok) sent.push(...statements);
        return r;
      },
      fetchStatement: async (_to, id) => stored[id] ?? { ok: true, statement: null },
    },
  };
}
const deps = (outbox: Outbox, client: LrsClient, now = 0) => ({ outbox, client, resolve: async () => endpoint, now: () => now, random: () => 0 });

describe('backoff', () => {
  it('grows exponentially with jitter, capped', () => {
    expect(backoffDelay(1, () => 0)).toBe(1000);
    expect(backoffDelay(3, () => 1)).toBe(8000);
    expect(backoffDelay(40, () => 1)).toBe(BACKOFF_MAX_MS);
  });
  it('waits and retries on no answer, 408, 429, 5xx and wrong settings; refuses on other 4xx', () => {
    const waits = (status: number | null) => keepsWaiting(problemFor(status, 'write').kind);
    expect([null, 408, 429, 500, 503, 401, 403, 404, 405].every(waits)).toBe(true);
    expect([400, 409, 413, 422].some(waits)).toBe(false);
  });
});

describe('drainOnce', () => {
  it('sends in order, in bounded batches, and empties the outbox', async () => {
    const outbox = fresh();
    const many = Array.from({ length: BATCH_MAX_STATEMENTS + 3 }, (_, i) => ({ i }));
    await outbox.add('settings', many, new Date());
    const { client, requests, sent } = scripted([]);
    expect(await drainOnce(deps(outbox, client))).toBeNull();
    expect(requests.map((r) => r.length)).toEqual([BATCH_MAX_STATEMENTS, 3]);
    expect(sent).toEqual(many);
    expect(await outbox.counts()).toEqual({ pending: 0, rejected: 0 });
  });

  it('keeps everything when the LRS is down, holds the target\'s order, and sends it all once it is up', async () => {
    const outbox = fresh();
    await outbox.add('settings', [{ i: 1 }, { i: 2 }], new Date());
    const down = scripted([{ ok: false, status: null, message: 'Failed to fetch' }]);
    expect(await drainOnce(deps(outbox, down.client, 1000))).toBe(2000);
    expect(down.sent).toEqual([]);
    const rows = await outbox.pending();
    expect(rows.map((r) => [r.tries, r.lastError])).toEqual([[1, 'Failed to fetch'], [0, undefined]]);
    // Not due yet: nothing is tried.
    const early = scripted([]);
    await drainOnce(deps(outbox, early.client, 1500));
    expect(early.requests).toEqual([]);
    const up = scripted([]);
    await drainOnce(deps(outbox, up.client, 2000));
    expect(up.sent).toEqual([{ i: 1 }, { i: 2 }]);
  });

  it('wrong settings (401, 403, 404) refuse nothing: the statements wait for the settings to change', async () => {
    for (const status of [401, 403, 404]) {
      const outbox = fresh();
      await outbox.add('settings', [{ i: 1 }, { i: 2 }], new Date());
      const { client } = scripted([{ ok: false, status, message: `HTTP ${status}` }]);
      expect(await drainOnce(deps(outbox, client))).not.toBeNull();
      expect(await outbox.counts()).toEqual({ pending: 2, rejected: 0 });
    }
  });

  it('a refused batch is sent again one by one: only the bad statement is kept as refused, the rest go, in order', async () => {
    const outbox = fresh();
    await outbox.add('settings', [{ i: 1 }, { bad: true }, { i: 3 }], new Date());
    const { client, sent } = scripted([{ ok: false, status: 400, message: 'HTTP 400: invalid' }, { ok: true }, { ok: false, status: 400, message: 'HTTP 400: invalid' }]);
    await drainOnce(deps(outbox, client));
    expect(sent).toEqual([{ i: 1 }, { i: 3 }]);
    expect(await outbox.counts()).toEqual({ pending: 0, rejected: 1 });
    expect((await outbox.rejected())[0]?.lastError).toBe('HTTP 400: invalid');
    // Not retried by itself; Retry sends it again.
    await drainOnce(deps(outbox, client, 10_000_000));
    expect(await outbox.counts()).toEqual({ pending: 0, rejected: 1 });
    await outbox.retryAll();
    await drainOnce(deps(outbox, client));
    expect(await outbox.counts()).toEqual({ pending: 0, rejected: 0 });
  });

  it('409: the same statement stored counts as sent; a different one, or one it cannot read, is kept as refused', async () => {
    const outbox = fresh();
    const same = { id: 'a', verb: { id: 'v' } };
    const other = { id: 'b', verb: { id: 'v' } };
    const unread = { id: 'c', verb: { id: 'v' } };
    await outbox.add('settings', [same, other, unread], new Date());
    const conflict = { ok: false, status: 409, message: 'HTTP 409: conflict' } as const;
    const stored: Record<string, FetchResult> = {
      a: { ok: true, statement: { ...same, stored: '2026-01-01T00:00:00Z', authority: { mbox: 'mailto:lrs@example.com' } } },
      b: { ok: true, statement: { ...other, verb: { id: 'w' } } },
      c: { ok: false, status: 403, message: 'HTTP 403: Forbidden' },
    };
    const { client } = scripted([conflict, conflict, conflict, conflict], stored);
    const problems: string[] = [];
    let sent = 0;
    await drainOnce({ ...deps(outbox, client), onProgress: (e) => (e.problem && problems.push(e.problem.kind), (sent += e.sent ?? 0)) });
    expect(sent).toBe(1);
    expect((await outbox.rejected()).map((r) => (r.statement as { id: string }).id)).toEqual(['b', 'c']);
    expect(problems).toEqual(['conflict', 'conflictUnverified']);
  });

  it('skips targets it cannot resolve (settings cleared) without losing them', async () => {
    const outbox = fresh();
    await outbox.add('settings', [{ i: 1 }], new Date());
    const { client, requests } = scripted([]);
    await drainOnce({ ...deps(outbox, client), resolve: async () => null });
    expect(requests).toEqual([]);
    expect(await outbox.counts()).toEqual({ pending: 1, rejected: 0 });
  });
});

describe('damaged outbox rows', () => {
  const row = (over: Record<string, unknown>) => ({ schemaVersion: 1, target: 'settings', statement: { i: 0 }, status: 'pending', tries: 0, nextTryAt: 0, createdAt: '2026-01-01T00:00:00Z', ...over });

  it('are never sent nor lost: set aside as refused with the field at fault, the others sent in order, Retry checks them again', async () => {
    const db = new DefuseDb(`outbox-damaged-${(n += 1)}`);
    const outbox = new Outbox(db);
    await db.outbox.bulkAdd([
      row({ statement: { i: 1 } }),
      row({ statement: { i: 2 }, schemaVersion: '1' }),
      row({ statement: { i: 3 }, tries: -1 }),
      row({ statement: { i: 4 }, status: 'sending' }),
      row({ statement: { i: 5 }, nextTryAt: undefined }),
      row({ statement: { i: 6 } }),
    ] as unknown as OutboxRecord[]);
    const { client, sent } = scripted([]);
    const problems: string[] = [];
    expect(await drainOnce({ ...deps(outbox, client), onProgress: (e) => e.problem && problems.push(e.problem.kind) })).toBeNull();
    expect(sent).toEqual([{ i: 1 }, { i: 6 }]);
    expect(problems).toEqual(['damaged']);
    expect(await outbox.counts()).toEqual({ pending: 0, rejected: 4 });
    const kept = await db.outbox.toArray();
    expect(kept.map((r) => [(r.statement as { i: number }).i, r.status, r.lastError])).toEqual([
      [2, 'rejected', 'damaged on this device, not sent: field "schemaVersion": not a version number'],
      [3, 'rejected', expect.stringContaining('field "tries"')],
      [4, 'rejected', expect.stringContaining('field "status"')],
      [5, 'rejected', expect.stringContaining('field "nextTryAt"')],
    ]);

    // Retry rewrites the fields it owns (status, nextTryAt): rows damaged only there are whole again and
    // sent; the others are checked again and stay set aside.
    await outbox.retryAll();
    await drainOnce(deps(outbox, client));
    expect(sent).toEqual([{ i: 1 }, { i: 6 }, { i: 4 }, { i: 5 }]);
    expect((await db.outbox.toArray()).map((r) => [(r.statement as { i: number }).i, r.status])).toEqual([[2, 'rejected'], [3, 'rejected']]);
  });

  it('a page of damaged rows does not end the page early: the good rows after it are still read', async () => {
    const db = new DefuseDb(`outbox-damaged-${(n += 1)}`);
    const outbox = new Outbox(db);
    await db.outbox.bulkAdd([row({ tries: 'x' }), row({ tries: 'y' }), row({ tries: 'z' }), row({ statement: { i: 9 } })] as unknown as OutboxRecord[]);
    const page = await outbox.pendingPage(0, 2);
    expect({ statements: page.rows.map((r) => r.statement), damaged: page.damaged }).toEqual({ statements: [{ i: 9 }], damaged: 3 });
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
