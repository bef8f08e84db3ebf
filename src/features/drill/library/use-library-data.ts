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

async function read(storage: DrillStorage, trainee: string) {
  const [attempts, inProgress] = await Promise.all([storage.listAttempts(trainee), storage.listInProgress(trainee)]);
  return { attempts, reviews: await storage.listReviews(attempts.map((a) => a.id)), inProgress: new Set(inProgress) };
}

/**
 * The trainee's attempts and drills in progress, kept current: an attempt stored after the library opened
 * (a slow save of the drill just left, another tab) shows without a reload. A storage failure is shown by
 * the app banner; the library still works.
 */
export function useLibraryData(loadStorage: () => Promise<DrillStorage>, trainee: string): LibraryData {
  const [data, setData] = useState<LibraryData>({ status: 'loading', attempts: [], reviews: [], inProgress: new Set() });
  useEffect(() => {
    let live = true;
    let unwatch = () => {};
    // One read at a time; changes during a read ask for one more after it (a burst of writes, one re-read).
    let reading = false;
    let again = false;
    let shown = false;
    const refresh = (storage: DrillStorage) => {
      if (reading) {
        again = true;
        return;
      }
      reading = true;
      read(storage, trainee)
        .then((next) => {
          if (!live) return;
          shown = true;
          setData({ status: 'ready', ...next });
        })
        // A failed re-read keeps what was shown; a failed first read (for this trainee) shows no attempts.
        .catch(() => live && !shown && setData({ status: 'failed', attempts: [], reviews: [], inProgress: new Set() }))
        .finally(() => {
          reading = false;
          if (live && again) {
            again = false;
            refresh(storage);
          }
        });
    };
    loadStorage().then(
      (storage) => {
        if (!live) return;
        // Read at once (a storage the browser refuses reports it here: the watch may never answer), and again
        // on each of the watch's calls, its first included, so a write landing meanwhile is never missed.
        refresh(storage);
        unwatch = storage.watchAttempts(trainee, () => live && refresh(storage));
      },
      () => live && setData({ status: 'failed', attempts: [], reviews: [], inProgress: new Set() }),
    );
    return () => {
      live = false;
      unwatch();
    };
  }, [loadStorage, trainee]);
  return data;
}
