/** Base wait after the first failed try. */
export const BACKOFF_BASE_MS = 2_000;
/** Never wait longer than this between tries (the device may come back online any moment). */
export const BACKOFF_MAX_MS = 5 * 60_000;

/**
 * Exponential backoff with full jitter: try n waits a random time up to base·2ⁿ, capped. `random` is
 * injected so tests are deterministic.
 */
export function backoffDelay(tries: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, tries - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
