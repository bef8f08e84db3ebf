// SCORM 2004 runtime: loaded only when launched as a SCO (`?lms=scorm&scenario=…`).
import { setLmsSession } from './lms-session.ts';
import { parseSuspend, scormValuesFor } from './scorm-values.ts';

/** The SCORM 2004 API object an LMS exposes as `API_1484_11`. */
export interface Scorm2004Api {
  Initialize(p: ''): string;
  Terminate(p: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(p: ''): string;
  GetLastError(): string | number;
  GetErrorString(code: string | number): string;
}

type ApiWindow = Window & { API_1484_11?: Scorm2004Api };

/** ADL's discovery: walk up the parents (at most 500), then the opener's chain. */
export function findScormApi(win: Window): Scorm2004Api | null {
  const search = (start: Window | null): Scorm2004Api | null => {
    let w: Window | null = start;
    for (let i = 0; w && i < 500; i += 1) {
      try {
        const api = (w as ApiWindow).API_1484_11;
        if (api) return api;
      } catch {
        return null; // cross-origin frame: stop here
      }
      if (w.parent === w) break;
      w = w.parent;
    }
    return null;
  };
  return search(win) ?? search(win.opener as Window | null);
}

export function startScorm(win: Window, scenarioId: string, setTrainee: (name: string) => void): void {
  const api = findScormApi(win);
  if (!api) throw new Error('SCORM API_1484_11 not found');
  if (api.Initialize('') !== 'true') throw new Error(`SCORM Initialize failed: ${api.GetErrorString(api.GetLastError())}`);
  const name = api.GetValue('cmi.learner_name') || api.GetValue('cmi.learner_id');
  if (name) setTrainee(name);
  const status = api.GetValue('cmi.completion_status');
  if (status === 'not attempted' || status === 'unknown' || status === '') api.SetValue('cmi.completion_status', 'incomplete');
  // Resume after leaving mid-way; the drill's own progress is on this device.
  api.SetValue('cmi.exit', 'suspend');
  api.Commit('');
  let terminated = false;
  const terminate = () => {
    if (terminated) return;
    terminated = true;
    api.Commit('');
    api.Terminate('');
  };
  win.addEventListener('pagehide', terminate);
  setLmsSession({
    kind: 'scorm',
    scenarioId,
    report: async (attempt) => {
      if (terminated) return;
      const first = Number(api.GetValue('cmi.interactions._count')) || 0;
      for (const [element, value] of scormValuesFor(attempt, first, parseSuspend(api.GetValue('cmi.suspend_data')))) {
        if (api.SetValue(element, value) !== 'true') console.warn(`SCORM SetValue ${element} failed: ${api.GetErrorString(api.GetLastError())}`);
      }
      api.Commit('');
    },
  });
}
