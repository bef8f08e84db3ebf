// The organisation's scenario packs: the files its defuse.config.json lists, fetched from the same folder
// once per page, checked, and handed to the scenario catalog. A bad pack is left out and reported to the
// trainer by file name; it never stops the app or the other packs.
import { create } from 'zustand';
import type { OrgScenario } from '../../features/drill/org-scenarios.ts';
import { scenarioSummaries } from '../../features/drill/scenario-catalog.ts';
import { ensureOrgConfig, useOrg } from './org-config.ts';

export interface PacksState {
  /** 'none': practice, or a config without packs. */
  status: 'idle' | 'loading' | 'none' | 'loaded';
  /** `packs/x.json: hash: does not match …`, one per problem. */
  problems: string[];
  /** How many scenarios trainees get from the packs. */
  scenarios: number;
}

export const useOrgPacks = create<PacksState>()(() => ({ status: 'idle', problems: [], scenarios: 0 }));

let started: Promise<OrgScenario[]> | null = null;

/** The organisation's pack scenarios (none in practice mode); fetched and checked once per page. */
export function loadOrgScenarios(): Promise<OrgScenario[]> {
  started ??= ensureOrgConfig().then(async () => {
    const org = useOrg.getState();
    const packs = org.status === 'ready' ? (org.config.packs ?? []) : [];
    if (packs.length === 0) {
      useOrgPacks.setState({ status: 'none', problems: [], scenarios: 0 });
      return [];
    }
    useOrgPacks.setState({ status: 'loading' });
    // The checks (zod, the scenario schema, the pattern analysis) load only for a deployment with packs.
    const { readPacks } = await import('./read-packs.ts');
    const result = await readPacks(packs, { taken: new Set(scenarioSummaries().map((s) => s.id)) });
    useOrgPacks.setState({ status: 'loaded', problems: result.problems, scenarios: result.scenarios.length });
    return result.scenarios;
  });
  return started;
}

/** For tests: forget the loaded packs. */
export function resetOrgPacks(): void {
  started = null;
  useOrgPacks.setState({ status: 'idle', problems: [], scenarios: 0 }, true);
}
