import type { ReportableAttempt } from '../domain/xapi/build-attempt-statements.ts';
import type { LocalizedText } from '../domain/scenario/scenario.types.ts';

/** The LMS that launched this page (cmi5 or SCORM), once its runtime has started. */
export interface LmsSession {
  kind: 'cmi5' | 'scorm';
  /** The scenario the LMS launched (one AU/SCO per scenario). */
  scenarioId: string;
  /** Reports a finished attempt to the LMS. */
  report(attempt: ReportableAttempt & { trainee: string }, title: LocalizedText): Promise<void>;
}

let active: LmsSession | null = null;
export const getLmsSession = () => active;
export const setLmsSession = (s: LmsSession | null) => {
  active = s;
};
