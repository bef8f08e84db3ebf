import { describe, expect, it } from 'vitest';
import { waitForDrain } from './wait-for-drain.ts';

/** A clock that moves only when the wait sleeps. */
function clock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms), elapsed: () => t };
}

describe('waitForDrain', () => {
  it('returns 0 as soon as nothing is left', async () => {
    const c = clock();
    const counts = [3, 2, 0];
    expect(await waitForDrain(async () => counts.shift() ?? 0, { timeoutMs: 8000, intervalMs: 200, ...c })).toBe(0);
    expect(c.elapsed()).toBe(400);
  });

  it('gives up at the time limit with what is still waiting', async () => {
    const c = clock();
    let checks = 0;
    const left = await waitForDrain(async () => (checks += 1, 5), { timeoutMs: 1000, intervalMs: 300, ...c });
    expect(left).toBe(5);
    expect(c.elapsed()).toBe(1000); // the last sleep is cut to the limit, never beyond
    expect(checks).toBe(5);
  });

  it('checks once when already drained', async () => {
    const c = clock();
    expect(await waitForDrain(async () => 0, { timeoutMs: 0, ...c })).toBe(0);
    expect(c.elapsed()).toBe(0);
  });
});
