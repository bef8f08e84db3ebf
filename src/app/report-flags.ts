import { reportFlagToLrs, withdrawFlagFromLrs } from '../lrs/report-flag.ts';
import type { FlagsStorage } from '../storage/flags-storage.ts';

const warn = (reason: unknown) => console.warn('Defuse: could not queue the flag for the learning record store', reason instanceof Error ? reason.message : reason);

/**
 * The flag storage, reporting each stored flag (and each withdrawal) to the configured LRS once it is safely
 * stored. Wrapping here keeps the drill unaware of learning records, as for attempts (report-attempts.ts).
 */
export function withFlagReporting(storage: FlagsStorage): FlagsStorage {
  return {
    ...storage,
    add: async (flag) => {
      await storage.add(flag);
      void reportFlagToLrs(flag).catch(warn);
    },
    withdraw: async (id) => {
      const removed = await storage.withdraw(id);
      if (removed) void withdrawFlagFromLrs(removed).catch(warn);
      return removed;
    },
  };
}
