import { useEffect, useState } from 'react';
import type { DrillStorage } from '../../../storage/drill-storage.ts';
import type { AttemptRecord } from '../../../storage/records.ts';

export interface LibraryData {
  status: 'loading' | 'ready' | 'failed';
  attempts: AttemptRecord[];
  inProgress: Set<string>;
}

/** The trainee's attempts and drills in progress. A storage failure is shown by the app banner; the library still works. */
export function useLibraryData(loadStorage: () => Promise<DrillStorage>, trainee: string): LibraryData {
  const [data, setData] = useState<LibraryData>({ status: 'loading', attempts: [], inProgress: new Set() });
  useEffect(() => {
    let live = true;
    loadStorage()
      .then((storage) => Promise.all([storage.listAttempts(trainee), storage.listInProgress(trainee)]))
      .then(([attempts, inProgress]) => live && setData({ status: 'ready', attempts, inProgress: new Set(inProgress) }))
      .catch(() => live && setData({ status: 'failed', attempts: [], inProgress: new Set() }));
    return () => {
      live = false;
    };
  }, [loadStorage, trainee]);
  return data;
}
