/** Five words for the customer's state, from the hostility curve (敵意曲線). */
export type Mood = 'calm' | 'settling' | 'irritated' | 'angry' | 'furious';

export function moodOf(hostility: number): Mood {
  if (hostility >= 85) return 'furious';
  if (hostility >= 65) return 'angry';
  if (hostility >= 45) return 'irritated';
  if (hostility >= 25) return 'settling';
  return 'calm';
}
