import { useEffect, useState } from 'react';
import type { Locale } from '../../../domain/reply/reply.types.ts';
import type { DrillStorage } from '../../../storage/drill-storage.ts';
import type { DrillMode } from '../../../storage/records.ts';
import { loadScenarioJson } from '../scenario-catalog.ts';
import { createDrillEngine, type DrillEngine } from './drill-engine.ts';
import { newAttemptId, newSeed } from './ids.ts';
import { metaFromProgress } from './progress-record.ts';
import type { SessionSnapshot } from './session.types.ts';

export type Bootstrap =
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'invalid'; message: string }
  | { status: 'ready'; engine: DrillEngine; initial: SessionSnapshot; resumed: boolean; /** A stored drill was dropped: the scenario changed since. */ outdated: boolean };

interface Options {
  scenarioId: string;
  trainee: string;
  locale: Locale;
  mode: DrillMode;
  storage: DrillStorage;
  /** Changes on "try again" to start a fresh attempt. */
  run: number;
}

/** Loads and compiles the scenario, then resumes the stored drill for this trainee or prepares a new one. */
export function useDrillBootstrap({ scenarioId, trainee, locale, mode, storage, run }: Options): Bootstrap {
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
      // A broken or unreadable record is reported by storage; the trainee starts afresh.
      const stored = await storage.loadProgress(trainee, scenarioId).catch(() => null);
      if (stored && stored.scenarioVersion === engine.version) {
        return { status: 'ready', engine, resumed: true, outdated: false, initial: { phase: stored.phase, meta: metaFromProgress(stored), replies: stored.replies, diagnosis: null } };
      }
      // Replaying old replies against a changed scenario would not reproduce the conversation: start afresh.
      const outdated = stored !== null && stored.replies.length > 0;
      if (stored) await storage.clearProgress(trainee, scenarioId).catch(() => undefined);
      const meta = { attemptId: newAttemptId(), trainee, scenarioId, scenarioVersion: engine.version, locale, mode, seed: newSeed(), startedAt: new Date().toISOString() };
      return { status: 'ready', engine, resumed: false, outdated, initial: { phase: 'briefing', meta, replies: [], diagnosis: null } };
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
