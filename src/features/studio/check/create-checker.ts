// The studio's draft checker: a module worker where the browser has one, the main thread otherwise (jsdom
// in the component tests, or a browser that refuses the worker — then the worker's error hands over).
import { inlineChecker, workerChecker, type DraftChecker, type WorkerPort } from './draft-checker.ts';
import { recentVerdict } from './draft-verdict.ts';

/** True when checks run in a worker (and so the first verdict arrives after the first render). */
export const workersAvailable = (): boolean => typeof Worker !== 'undefined';

export function createDraftChecker(): DraftChecker {
  if (!workersAvailable()) return inlineChecker(recentVerdict);
  try {
    const worker = new Worker(new URL('./draft-check.worker.ts', import.meta.url), { type: 'module' });
    return workerChecker(worker as unknown as WorkerPort, recentVerdict);
  } catch {
    return inlineChecker(recentVerdict);
  }
}
