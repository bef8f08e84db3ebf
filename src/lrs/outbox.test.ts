import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DefuseDb } from '../storage/db.ts';
import { Outbox } from './outbox.ts';

let n = 0;
function fresh() {
  const db = new DefuseDb(`outbox-count-test-${(n += 1)}`);
  return Object.assign(new Outbox(db), { rows: () => db.outbox.toArray() });
}

describe('Outbox, per target (a cmi5 exit)', () => {
  it('counts one target’s pending and unsent (pending + refused) statements', async () => {
    const box = fresh();
    await box.add('launch:a', [{ n: 1 }, { n: 2 }, { n: 3 }], new Date());
    await box.add('settings', [{ n: 4 }], new Date());
    const [first, second] = await box.pending();
    await box.sent(first!.seq!);
    await box.refused(second!, 'HTTP 400');
    expect(await box.countFor('launch:a')).toEqual({ pending: 1, unsent: 2 });
    expect(await box.countFor('settings')).toEqual({ pending: 1, unsent: 1 });
    expect(await box.countFor('launch:none')).toEqual({ pending: 0, unsent: 0 });
  });

  it('makes one target’s backed-off statements due now, leaving others and refused ones alone', async () => {
    const box = fresh();
    await box.add('launch:a', [{ n: 1 }, { n: 2 }], new Date());
    await box.add('settings', [{ n: 3 }], new Date());
    const [a1, a2, s1] = await box.pending();
    await box.deferred(a1!, 'offline', 9e12);
    await box.refused(a2!, 'HTTP 400');
    await box.deferred(s1!, 'offline', 9e12);
    await box.dueNow('launch:a');
    const rows = await box.rows();
    expect(rows.map((r) => [r.target, r.status, r.nextTryAt])).toEqual([
      ['launch:a', 'pending', 0],
      ['launch:a', 'rejected', 0],
      ['settings', 'pending', 9e12],
    ]);
  });
});
