export interface DrainWait {
  /** Give up after this long (ms). */
  timeoutMs: number;
  /** Time between checks (ms). */
  intervalMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Checks `remaining` (statements still to send) until it is 0 or `timeoutMs` has passed, and returns the
 * last count: 0 when everything left, otherwise what is still waiting (it stays in the outbox).
 */
export async function waitForDrain(remaining: () => Promise<number>, { timeoutMs, intervalMs = 200, now = Date.now, sleep = pause }: DrainWait): Promise<number> {
  const end = now() + timeoutMs;
  for (;;) {
    const left = await remaining();
    if (left === 0 || now() >= end) return left;
    await sleep(Math.min(intervalMs, Math.max(0, end - now())));
  }
}
