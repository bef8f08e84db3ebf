import { useSyncState } from '../lrs/sync-store.ts';
import { cleanLaunchUrl, launchTrainee, readLaunch, type Launch } from './launch.ts';
import { setLmsLaunching } from './lms-session.ts';

const hasSavedCmi5 = (win: Window) => {
  try {
    return win.sessionStorage.getItem('defuse.cmi5') !== null;
  } catch {
    return false;
  }
};

/** Launch errors (LMS unreachable at start): shown by the sync status in plain words, the detail logged. */
function fail(error: unknown) {
  console.warn('Defuse: the LMS launch failed', error instanceof Error ? error.message : error);
  useSyncState.setState({ problem: { kind: 'lms', status: null } });
}

/**
 * Called once at start-up, before the first render. If an LMS launched us: the address bar loses the
 * launch parameters at once (history.replaceState), the trainee comes from the launch, and the runtime
 * (cmi5 or SCORM) starts in the background, loaded on demand.
 */
export function startLaunch(win: Window, setTrainee: (name: string) => void): Launch | null {
  const launch = readLaunch(win.location.search);
  if (!launch) {
    // A reload of a cmi5-launched tab: the launch URL is gone, the session is in sessionStorage.
    // A terminated session is never restarted: it only offers the way back to the LMS.
    if (hasSavedCmi5(win)) setLmsLaunching(import('./cmi5-runtime.ts').then((m) => m.resumeCmi5()).catch(fail));
    return null;
  }
  win.history.replaceState(null, '', cleanLaunchUrl(win.location, launch));
  const trainee = launchTrainee(launch);
  if (trainee) setTrainee(trainee);
  if (launch.kind === 'cmi5') setLmsLaunching(import('./cmi5-runtime.ts').then((m) => m.startCmi5(launch)).catch(fail));
  else void import('./scorm-runtime.ts').then((m) => m.startScorm(win, launch.scenarioId, setTrainee)).catch(fail);
  return launch;
}
