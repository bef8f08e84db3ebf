/** A random attempt id (URL-safe) and a positive 31-bit seed. */
export function newAttemptId(): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('').slice(0, 14);
}

export function newSeed(): number {
  const [n = 1] = crypto.getRandomValues(new Uint32Array(1));
  return (n % 2_147_483_646) + 1;
}
