import { useEffect, useState } from 'react';
import type { DrillStorage } from '../../../storage/drill-storage.ts';
import type { AttemptRecord } from '../../../storage/records.ts';
import type { OverrideRecord } from '../../../storage/scorecards-records.ts';

export interface LibraryData {
  status: 'loading' | 'ready' | 'failed';
  attempts: AttemptRecord[];
  /** Trainer overrides of these attempts (the latest per target counts). */
  reviews: OverrideRecord[];
  inProgress: Set<string>;
}

/** The trainee's attempts and drills in progress. A storage failure is shown by the app banner; the library still works. */
export function useLibraryData(loadStorage: () => Promise<DrillStorage>, trainee: string): LibraryData {
  const [data, setData] = useState<LibraryData>({ status: 'loading', attempts: [], reviews: [], inProgress: new Set() });
  useEffect(() => {
    let live = true;
    loadStorage()
      .then(async (storage) => {
        const [attempts, inProgress] = await Promise.all([storage.listAttempts(trainee), storage.listInProgress(trainee)]);
        return [attempts, await storage.listReviews(attempts.map((a) => a.id)), inProgress] as const;
      })
      .then(([attempts, reviews, inProgress]) => live && setData({ status: 'ready', attempts, reviews, inProgress: new Set(inProgress) }))
      .catch(() => live && setData({ status: 'failed', attempts: [], reviews: [], inProgress: new Set() }));
    return () => {
      live = false;
    };
  }, [loadStorage, trainee]);
  return data;
}
