import type { ReportableAttempt } from '../domain/xapi/build-attempt-statements.ts';
import { isoDuration } from '../domain/xapi/statement-id.ts';

/** SCORM 2004 4th ed.: cmi.interactions.n.learner_response for long-fill-in holds at most 4,000 characters. */
export const SCORM_RESPONSE_MAX = 4000;
/** cmi.suspend_data holds at least 64,000 characters; we keep ours far below that. */
export const SUSPEND_MAX = 4096;

/** What we keep in cmi.suspend_data between sessions: enough to show progress on resume, nothing more. */
export interface SuspendData {
  v: 1;
  /** Attempts finished in this SCO. */
  n: number;
  /** Best score 0–100. */
  best: number;
  /** Last attempt id (to find it on this device). */
  last: string;
}

export function parseSuspend(raw: string): SuspendData | null {
  try {
    const d = JSON.parse(raw) as Partial<SuspendData>;
    return d.v === 1 && typeof d.n === 'number' && typeof d.best === 'number' && typeof d.last === 'string' ? (d as SuspendData) : null;
  } catch {
    return null;
  }
}

/** SCORM time(second,10,0): YYYY-MM-DDThh:mm:ss, UTC with Z. */
const scormTime = (iso: string) => `${iso.slice(0, 19)}Z`;

/** SCORM 2004 long_identifier_type: no spaces; we use a URN-like id per attempt and turn. */
const interactionId = (attemptId: string, n: number) => `urn:defuse:${attemptId.replace(/[^A-Za-z0-9_.:-]/g, '_')}:turn:${n}`;

/**
 * The SetValue calls that report a finished attempt: one interaction per turn (appended after
 * `firstInteraction` existing ones), score, success and completion, session time, small suspend data.
 */
export function scormValuesFor(attempt: ReportableAttempt, firstInteraction: number, previous: SuspendData | null): [string, string][] {
  const { scorecard } = attempt;
  const out: [string, string][] = [];
  scorecard.turns.forEach((turn, i) => {
    const n = firstInteraction + i;
    const p = `cmi.interactions.${n}.`;
    out.push([`${p}id`, interactionId(attempt.id, i + 1)]);
    out.push([`${p}type`, 'long-fill-in']);
    out.push([`${p}learner_response`, turn.reply.slice(0, SCORM_RESPONSE_MAX)]);
    out.push([`${p}result`, 'neutral']);
    const at = attempt.replies[i]?.at;
    if (at) out.push([`${p}timestamp`, scormTime(at)]);
    out.push([`${p}description`, `${attempt.scenarioId} · ${i + 1}`.slice(0, 250)]);
  });
  const score = Math.round(scorecard.score);
  out.push(['cmi.score.min', '0'], ['cmi.score.max', '100'], ['cmi.score.raw', String(score)], ['cmi.score.scaled', String(score / 100)]);
  out.push(['cmi.success_status', scorecard.passed ? 'passed' : 'failed']);
  out.push(['cmi.completion_status', 'completed']);
  out.push(['cmi.session_time', isoDuration(Date.parse(attempt.endedAt) - Date.parse(attempt.startedAt))]);
  const suspend: SuspendData = { v: 1, n: (previous?.n ?? 0) + 1, best: Math.max(previous?.best ?? 0, score), last: attempt.id };
  out.push(['cmi.suspend_data', JSON.stringify(suspend).slice(0, SUSPEND_MAX)]);
  out.push(['cmi.exit', 'normal']);
  return out;
}
