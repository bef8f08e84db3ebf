import { useEffect, useState } from 'react';
import { loadScenarioCatalog, scenarioSummaries, type ScenarioSummary } from './scenario-catalog.ts';

/**
 * The scenarios a trainee can pick: the shipped ones at once, then the trainers' published ones as soon
 * as storage answers. Re-read whenever `refreshKey` changes (a trainer may have just published).
 */
export function useScenarioCatalog(refreshKey: unknown = null): ScenarioSummary[] {
  const [catalog, setCatalog] = useState<ScenarioSummary[]>(scenarioSummaries);
  useEffect(() => {
    let live = true;
    void loadScenarioCatalog().then((next) => live && setCatalog(next));
    return () => {
      live = false;
    };
  }, [refreshKey]);
  return catalog;
}
