// Seeded PRNG (mulberry32) so the same scenario, replies and seed always give the same conversation.

/** Returns a deterministic generator of floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks one item deterministically for (seed, turn, salt); the list must not be empty. */
export function pick<T>(items: readonly T[], seed: number, turn: number, salt = 0): T {
  const rng = mulberry32((seed ^ Math.imul(turn + 1, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca6b)) >>> 0);
  const item = items[Math.floor(rng() * items.length)] ?? items[0];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}
