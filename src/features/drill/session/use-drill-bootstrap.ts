import { useEffect, useState } from 'react';
import { restorable } from '../../../domain/drill/persisted.ts';
import type { DrillContext, DrillMeta, DrillMode } from '../../../domain/drill/drill.types.ts';
import type { Locale } from '../../../domain/reply/reply.types.ts';
import type { DrillStorage, SetAsideDrill } from '../../../storage/drill-storage.ts';
import { baseSeed } from '../../../domain/scenario/base-seed.ts';
import { loadScenarioJson } from '../scenario-catalog.ts';
import { SCENARIO_CHANGED, UNRESTORABLE } from '../set-aside-reason.ts';
import { createDrillEngine, type DrillEngine } from './drill-engine.ts';
import { newAttemptId, newSeed } from './ids.ts';

/** Where a drill starts: a fresh attempt, or a stored one restored exactly. */
export interface DrillStart {
  meta: DrillMeta;
  /** The machine's persisted snapshot to restore, or null for a fresh briefing. */
  snapshot: unknown;
  /** The reply being written when the drill was left. */
  draft: string;
  /** How many replies the restored drill already had (the "resumed" notice shows until the next one). */
  restoredTurns: number;
}

export type Bootstrap =
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'invalid'; message: string }
  | {
      status: 'ready';
      engine: DrillEngine;
      initial: DrillStart;
      /**
       * A conversation already under way was restored (the page says it is back where it was left). A drill restored
       * at its briefing (opened, then left before starting) is not one: starting it is a first start.
       */
      resumed: boolean;
      /**
       * This trainee's drills of this scenario that could not be resumed (damaged, or started on a scenario changed
       * since), kept aside: the page says so.
       */
      setAside: SetAsideDrill[];
    };

interface Options {
  scenarioId: string;
  trainee: string;
  locale: Locale;
  mode: DrillMode;
  storage: DrillStorage;
  /** Changes on "try again" to start a fresh attempt. */
  run: number;
  /** The customer's line-variant seed for a new attempt (tests fix it); random when left out. */
  seed?: number;
}

/**
 * A trainee's first play of a scenario meets the customer as written (base-seed.ts) — the name the library card shows
 * and the briefing's facts as their author wrote them; every later play draws a new seed, so a second play is a new
 * conversation (another name, other details, other objections). Asked only for a new attempt: a resumed drill
 * plays on with the seed stored in its snapshot, and none is drawn for it.
 */
async function playSeed(engine: DrillEngine, storage: DrillStorage, trainee: string, scenarioId: string): Promise<number> {
  const attempts = await storage.listAttempts(trainee).catch(() => null);
  const played = attempts === null || attempts.some((a) => a.scenarioId === scenarioId);
  return played ? newSeed() : baseSeed(engine.scenario);
}

/** The restored drill had started its conversation (or gone past it): more than a briefing opened and left. */
const begun = (snapshot: unknown): boolean => (snapshot as { value?: unknown }).value !== 'briefing';

const turnsIn = (snapshot: unknown): number => (snapshot as { context?: { customer?: { turn?: number } } }).context?.customer?.turn ?? 0;

/** Loads and compiles the scenario, then restores the stored drill for this trainee or prepares a new one. */
export function useDrillBootstrap({ scenarioId, trainee, locale, mode, storage, run, seed }: Options): Bootstrap {
  const [state, setState] = useState<Bootstrap>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    (async (): Promise<Bootstrap> => {
      const doc = await loadScenarioJson(scenarioId);
      if (doc === null) return { status: 'not-found' };
      let engine: DrillEngine;
      try {
        engine = createDrillEngine(doc);
      } catch (error) {
        return { status: 'invalid', message: error instanceof Error ? error.message : String(error) };
      }
      // A damaged record is set aside by storage (never deleted) and listed below; an unreadable store is reported by it.
      const stored = await storage.loadProgress(trainee, scenarioId).catch(() => null);
      const base = { trainee, scenarioId, scenarioVersion: engine.version, locale, mode, startedAt: new Date().toISOString() };
      if (stored && stored.scenarioVersion === engine.version) {
        const snapshot = restorable(engine.scenario, stored.snapshot, { ...base, attemptId: stored.attemptId }, engine.read);
        if (snapshot !== null) {
          // The drill as stored: its own seed, mode and language (the snapshot's), no new seed drawn.
          const { meta } = (snapshot as { context: DrillContext }).context;
          const setAside = await storage.listSetAside(trainee, scenarioId).catch(() => []);
          return { status: 'ready', engine, resumed: begun(snapshot), setAside, initial: { meta, snapshot, draft: stored.draft, restoredTurns: turnsIn(snapshot) } };
        }
        // Its record reads but its drill cannot be restored: damaged too, so kept aside as well.
        await storage.setAsideProgress(trainee, scenarioId, UNRESTORABLE).catch(() => undefined);
      }
      // Started on a scenario changed since: replaying it on this one would not reproduce the conversation, and the
      // version it started on is not kept (only its content hash is stored, and the app or the studio holds only the
      // current text). So it starts afresh, but the drill is set aside, never deleted: a reload never loses a drill.
      if (stored !== null && stored.scenarioVersion !== engine.version) await storage.setAsideProgress(trainee, scenarioId, SCENARIO_CHANGED).catch(() => undefined);
      const setAside = await storage.listSetAside(trainee, scenarioId).catch(() => []);
      const meta: DrillMeta = { ...base, attemptId: newAttemptId(), seed: seed ?? (await playSeed(engine, storage, trainee, scenarioId)) };
      return { status: 'ready', engine, resumed: false, setAside, initial: { meta, snapshot: null, draft: '', restoredTurns: 0 } };
    })()
      .then((result) => live && setState(result))
      .catch((error: unknown) => live && setState({ status: 'invalid', message: error instanceof Error ? error.message : String(error) }));
    return () => {
      live = false;
    };
    // The locale and mode only seed a new attempt; changing them must not restart a drill.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scenarioId, trainee, storage, run]);
  return state;
}
