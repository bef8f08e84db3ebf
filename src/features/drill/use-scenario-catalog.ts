import { useEffect, useState } from 'react';
import { loadScenarioCatalog, scenarioSummaries, type ScenarioSummary } from './scenario-catalog.ts';

/**
 * The scenarios a trainee can pick: the shipped ones at once, then the trainers' published ones as soon
 * as storage answers. Re-read whenever `refreshKey` changes (a trainer may have just published); not read
 * at all while `enabled` is false.
 */
export function useScenarioCatalog(refreshKey: unknown = null, enabled = true): ScenarioSummary[] {
  const [catalog, setCatalog] = useState<ScenarioSummary[]>(scenarioSummaries);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void loadScenarioCatalog().then((next) => live && setCatalog(next));
    return () => {
      live = false;
    };
  }, [refreshKey, enabled]);
  return catalog;
}
