import { useEffect, useMemo, useState } from 'react';
import { practiceNext, type PracticeAdvice } from '../../../domain/records/practice-next.ts';
import type { LocalizedText } from '../../../domain/scenario/scenario.types.ts';
import type { DrillStorage } from '../../../storage/drill-storage.ts';
import type { AttemptRecord } from '../../../storage/records.ts';
import { useScenarioCatalog } from '../use-scenario-catalog.ts';
import { easiestFirst } from '../scenario-catalog.ts';

/**
 * After a drill: what to practise next, from the trainee's stored attempts plus the one just finished
 * (which may not be written yet). Null until known, or when storage cannot be read.
 */
export function usePracticeAdvice(storage: DrillStorage, finished: AttemptRecord | null): { advice: PracticeAdvice | null; titles: ReadonlyMap<string, LocalizedText> } {
  const catalog = useScenarioCatalog();
  const [attempts, setAttempts] = useState<AttemptRecord[] | null>(null);
  useEffect(() => {
    if (!finished) return;
    let live = true;
    storage
      .listAttempts(finished.trainee)
      .then((stored) => live && setAttempts(stored.some((a) => a.id === finished.id) ? stored : [...stored, finished]))
      .catch(() => live && setAttempts([finished]));
    return () => {
      live = false;
    };
  }, [storage, finished]);
  const advice = useMemo(() => (attempts ? practiceNext(attempts, easiestFirst(catalog)) : null), [attempts, catalog]);
  const titles = useMemo(() => new Map(catalog.map((s) => [s.id, s.title])), [catalog]);
  return { advice, titles };
}
