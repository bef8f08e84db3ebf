// Why a drill in progress was set aside, when it is not its schema's own message: a code stored with the record and
// said in the UI language by the drill page (SetAsideNotice.tsx). A schema's refusal is stored as it was (it stays in
// the downloadable record); the page shows only the field it names and a summary in the UI language.
export const UNRESTORABLE = 'snapshot-unrestorable';
/** The scenario changed since the drill was started: its conversation cannot be replayed on the new one. */
export const SCENARIO_CHANGED = 'scenario-changed';

/** What the page says about a stored reason: a locale key under drill.setAside.reason, and the field at fault if one is named. */
export interface SetAsideSummary {
  reason: 'unrestorable' | 'scenarioChanged' | 'field' | 'newer' | 'unreadable';
  field?: string;
}

/**
 * Reads a stored reason: one of the codes above, or a schema's refusal (RecordRefused's message: `field "draft": …`,
 * `written by a newer version of Defuse (schema 3)`, `not a record`).
 */
export function summarizeSetAside(reason: string): SetAsideSummary {
  if (reason === UNRESTORABLE) return { reason: 'unrestorable' };
  if (reason === SCENARIO_CHANGED) return { reason: 'scenarioChanged' };
  const field = /^field "([^"]+)"/.exec(reason)?.[1];
  if (field !== undefined) return { reason: 'field', field };
  if (reason.startsWith('written by a newer version')) return { reason: 'newer' };
  return { reason: 'unreadable' };
}
