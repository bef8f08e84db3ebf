// The organisation's scenario packs: the files its defuse.config.json lists, fetched from the same folder
// once per page, checked, and handed to the scenario catalog. A bad pack is left out and reported to the
// trainer by file name; it never stops the app or the other packs.
import { create } from 'zustand';
import type { OrgScenario } from '../../features/drill/org-scenarios.ts';
import { scenarioSummaries } from '../../features/drill/scenario-catalog.ts';
import { ensureOrgConfig, useOrg } from './org-config.ts';
import type { OrgPlan } from '../../domain/org/plan.ts';
import { useLrsSettings } from '../../lrs/lrs-settings.ts';
import { lmsRecordStore } from '../../lms/lms-session.ts';

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

/** Stands for the pack document in the record store among the served pack paths (never a served file name). */
export const RECORD_STORE_PACK = 'record store: scenario pack';

/** The groups and assignments published in the organisation's record store (read with the packs). */
export const useStoreAssignments = create<OrgPlan>()(() => ({ groups: [], assignments: [] }));

/**
 * The organisation's pack scenarios (none in practice mode); fetched and checked once per page: the packs
 * its config lists, then the pack published in its record store (this device's, or else a cmi5 launch's),
 * checked the same way. The record store's groups and assignments are read at the same time.
 */
export function loadOrgScenarios(): Promise<OrgScenario[]> {
  started ??= ensureOrgConfig().then(async () => {
    const org = useOrg.getState();
    if (org.status !== 'ready') {
      useOrgPacks.setState({ status: 'none', problems: [], scenarios: 0 });
      return [];
    }
    // The device's record store (the trainer's settings), else a cmi5 launch's (its session token, once
    // the launch has fetched it): the document client loads only when there is one.
    const lrs = useLrsSettings.getState();
    const launched = lrs.endpoint ? null : await lmsRecordStore();
    const docs =
      lrs.endpoint || launched ? await import('../../lrs/org-documents.ts').then((m) => m.readOrgDocuments(launched ?? m.storeOf(lrs), org.config.organisation.id)) : null;
    if (docs) useStoreAssignments.setState(docs.plan, true);
    const packs = [...(org.config.packs ?? []), ...(docs?.packText ? [RECORD_STORE_PACK] : [])];
    if (packs.length === 0) {
      useOrgPacks.setState({ status: docs && docs.problems.length > 0 ? 'loaded' : 'none', problems: docs?.problems ?? [], scenarios: 0 });
      return [];
    }
    useOrgPacks.setState({ status: 'loading' });
    // The checks (zod, the scenario schema, the pattern analysis) load only for a deployment with packs.
    const { readPacks, fetchPack } = await import('./read-packs.ts');
    const fetchText = (path: string) => (path === RECORD_STORE_PACK && docs?.packText ? Promise.resolve({ ok: true as const, text: docs.packText }) : fetchPack(path));
    const result = await readPacks(packs, { taken: new Set(scenarioSummaries().map((s) => s.id)), fetchText });
    const problems = [...(docs?.problems ?? []), ...result.problems];
    useOrgPacks.setState({ status: 'loaded', problems, scenarios: result.scenarios.length });
    return result.scenarios;
  });
  return started;
}

/**
 * Reads the packs again (the served ones and the record store's): after a trainer publishes a pack to the
 * record store, its scenarios join this device's lists at once, checked as at start.
 */
export function reloadOrgScenarios(): Promise<OrgScenario[]> {
  started = null;
  return loadOrgScenarios();
}

/** For tests: forget the loaded packs. */
export function resetOrgPacks(): void {
  started = null;
  useOrgPacks.setState({ status: 'idle', problems: [], scenarios: 0 }, true);
  useStoreAssignments.setState({ groups: [], assignments: [] }, true);
}
